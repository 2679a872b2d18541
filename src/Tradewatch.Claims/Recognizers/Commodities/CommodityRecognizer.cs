using System.Text.RegularExpressions;
using Tradewatch.Claims.Resources;

namespace Tradewatch.Claims.Recognizers.Commodities;

/// <summary>Goods named in the text ("coal", "refined petroleum", "fishery products") with their HS code where one fits.</summary>
internal sealed class CommodityRecognizer : IRecognizer
{
    private static readonly Lazy<(Regex Pattern, Dictionary<string, (string Name, string? Hs)> Terms)> s_table = new(Load);

    public void Recognize(RecognitionContext context)
    {
        var (pattern, terms) = s_table.Value;
        foreach (Match m in pattern.Matches(context.Text))
        {
            if (terms.TryGetValue(m.Value, out var t))
            {
                context.Add(new CommodityMention(new TextSpan(m.Index, m.Index + m.Length), t.Name, t.Hs));
            }
        }
    }

    private static (Regex, Dictionary<string, (string, string?)>) Load()
    {
        var terms = new Dictionary<string, (string, string?)>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in EmbeddedTable.Read("commodities.tsv"))
        {
            if (row.Length >= 3)
            {
                var hs = row[1].Trim();
                terms.TryAdd(row[0].Trim(), (row[2].Trim(), hs.Length == 0 ? null : hs));
            }
        }
        var alternation = string.Join("|", terms.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        return (new Regex(@"(?<![\w-])(?:" + alternation + @")(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant), terms);
    }
}
