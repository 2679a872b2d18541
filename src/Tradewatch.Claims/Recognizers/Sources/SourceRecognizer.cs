using System.Text.RegularExpressions;
using Tradewatch.Claims.Recognizers.Countries;
using Tradewatch.Claims.Resources;

namespace Tradewatch.Claims.Recognizers.Sources;

/// <summary>
/// To whom figures are attributed: known agencies and outlets by name or acronym ("the Korea Trade-Investment
/// Promotion Agency" → KOTRA), "according to X", "citing X", "X said/reported/believes". A source named as the
/// origin of the data ("citing data from Russia's customs agency") is marked, because it is the one a figure
/// can be checked against even when a broadcaster relays it.
/// </summary>
internal sealed partial class SourceRecognizer : IRecognizer
{
    private static readonly Lazy<(Regex Sensitive, Regex Insensitive, Dictionary<string, string> Canonical)> s_table = new(Load);

    private const string Name = @"(?<name>(?:[A-Z][\w&’'.-]*|\[[A-Z][\w]*\])(?:\s+(?:(?:of|for|in|on|and|the|de)\s+)*(?:[A-Z][\w&’'.-]*))*)";

    [GeneratedRegex(@"\b(?:according\s+to|citing|cited\s+by|quoted\s+by|reported\s+by|compiled\s+by|released\s+by)\s+(?:(?:data|figures|statistics|estimates|numbers|a\s+report|the\s+report|reports?|a\s+statement)\s+(?:from|by|of|released\s+by|compiled\s+by)\s+)?(?:the\s+|a\s+)?" + Name)]
    private static partial Regex AttributionBefore();

    [GeneratedRegex(Name + @"\s+(?:said|says|reported|reports|told|believes|estimated|estimates|announced|noted|showed|shows)\b")]
    private static partial Regex AttributionAfter();

    [GeneratedRegex(@"(?:\bciting(?:\s+(?:data|figures|statistics)\s+from)?|\bdata\s+(?:from|of|by)|\bfigures\s+(?:from|of|by)|\bstatistics\s+(?:from|of|by)|\breport\s+(?:from|by|of))\s+(?:the\s+)?(?:\[?\w+\]?\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DataOriginBefore();

    [GeneratedRegex(@"\baccording\s+to\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingToBefore();

    [GeneratedRegex(@"^\s+(?:data|figures|statistics)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DataAfter();

    private static readonly HashSet<string> s_notNames = new(StringComparer.Ordinal)
    {
        "The", "It", "He", "She", "They", "This", "That", "These", "Those", "We", "I", "A", "An", "But", "And", "In", "On", "As",
        "Still", "However", "Meanwhile", "While", "When", "After", "Before", "Since", "If", "Although", "Though", "So", "Yet", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    public void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        var (sensitive, insensitive, canonical) = s_table.Value;
        var known = new bool[text.Length];
        foreach (var regex in new[] { sensitive, insensitive })
        {
            foreach (Match m in regex.Matches(text))
            {
                var span = new TextSpan(m.Index, m.Index + m.Length);
                if (known.AsSpan(span.Start, span.Length).Contains(true) || !canonical.TryGetValue(m.Value, out var name))
                {
                    continue;
                }
                known.AsSpan(span.Start, span.Length).Fill(true);
                context.Add(new SourceMention(span, name, Strength(text, span)));
            }
        }
        foreach (var regex in new[] { AttributionBefore(), AttributionAfter() })
        {
            foreach (Match m in regex.Matches(text))
            {
                var g = m.Groups["name"];
                var value = g.Value.TrimEnd('.', ',', '’', '\'');
                var span = new TextSpan(g.Index, g.Index + value.Length);
                if (value.Length < 2 || known.AsSpan(span.Start, span.Length).Contains(true) || s_notNames.Contains(value.Split(' ')[0])
                    || CountryGazetteer.Default.IsCountryName(value) || CountryGazetteer.Default.IsCountryName(g.Value))
                {
                    continue;
                }
                known.AsSpan(span.Start, span.Length).Fill(true);
                context.Add(new SourceMention(span, value, Strength(text, span)));
            }
        }
    }

    private static int Strength(string text, TextSpan span)
    {
        var before = text[Math.Max(0, span.Start - 40)..span.Start];
        if (DataOriginBefore().IsMatch(before) || DataAfter().IsMatch(text.AsSpan(span.End, Math.Min(12, text.Length - span.End)).ToString()))
        {
            return 2;
        }
        return AccordingToBefore().IsMatch(before) ? 1 : 0;
    }

    private static (Regex, Regex, Dictionary<string, string>) Load()
    {
        var canonical = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var acronyms = new List<string>();
        var names = new List<string>();
        foreach (var row in EmbeddedTable.Read("sources.tsv"))
        {
            if (row.Length < 2)
            {
                continue;
            }
            var alias = row[1].Trim();
            canonical.TryAdd(alias, row[0].Trim());
            (alias.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? acronyms : names).Add(alias);
        }
        static string Alternation(IEnumerable<string> items) => string.Join("|", items.OrderByDescending(s => s.Length).Select(Regex.Escape));
        var sensitive = new Regex(@"(?<![\w])(?:" + Alternation(acronyms) + @")(?![\w])", RegexOptions.Compiled | RegexOptions.CultureInvariant);
        var insensitive = new Regex(@"(?<![\w])(?:" + Alternation(names) + @")(?![\w])", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return (sensitive, insensitive, canonical);
    }
}
