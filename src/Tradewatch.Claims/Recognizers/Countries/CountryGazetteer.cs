using System.Text.RegularExpressions;
using Tradewatch.Claims.Resources;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Recognizers.Countries;

/// <summary>Country names, short forms, adjectives and capitals → ISO alpha-3, from the bundled tables.</summary>
internal sealed class CountryGazetteer
{
    private static readonly Lazy<CountryGazetteer> s_default = new(Load);

    private readonly Dictionary<string, (CountryCode Code, CountryForm Form, bool AfterThe)> _entries;

    private CountryGazetteer(Dictionary<string, (CountryCode, CountryForm, bool)> entries)
    {
        _entries = entries;
        // Names grouped by their first token, longest first, so a scan of capitalised tokens finds the longest
        // name at each one ("North Korean" before "North Korea" before "North"). Far cheaper than one regex
        // alternation of every name tried at every position.
        _byFirstToken = entries.Keys
            .GroupBy(FirstToken, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Length).ToArray(), StringComparer.Ordinal);
    }

    private readonly Dictionary<string, string[]> _byFirstToken;

    public static CountryGazetteer Default => s_default.Value;

    /// <summary>Tokens a name can start with: a capital, then letters, with a full stop for initials ("N.", "U.").</summary>
    public static Regex TokenPattern { get; } = new(@"(?<![\w.])[A-Z][A-Za-z]*\.?", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The longest known name starting at <paramref name="index"/>, or null.</summary>
    public string? LongestAt(string text, int index, string token)
    {
        if (!_byFirstToken.TryGetValue(token, out var names) && !(token.EndsWith('.') && _byFirstToken.TryGetValue(token[..^1], out names)))
        {
            return null;
        }
        foreach (var name in names)
        {
            var end = index + name.Length;
            if (end <= text.Length && string.CompareOrdinal(text, index, name, 0, name.Length) == 0
                && (end == text.Length || !char.IsLetterOrDigit(text[end]) || name.EndsWith('.')) && !IsCurrency(text, end))
            {
                return name;
            }
        }
        return null;
    }

    // "US$48 million", "U.S. dollars": a currency, not a country.
    private static bool IsCurrency(string text, int end)
    {
        var rest = text.AsSpan(end, Math.Min(10, text.Length - end)).TrimStart();
        return rest.StartsWith("$") || (end < text.Length && text[end] == '$') || rest.StartsWith("dollar", StringComparison.OrdinalIgnoreCase);
    }

    private static string FirstToken(string name)
    {
        var m = TokenPattern.Match(name);
        return m.Success && m.Index == 0 ? m.Value : name.Split(' ')[0];
    }

    public bool TryGet(string text, out CountryCode code, out CountryForm form, out bool afterThe)
    {
        if (_entries.TryGetValue(text, out var e))
        {
            (code, form, afterThe) = e;
            return true;
        }
        (code, form, afterThe) = (default, default, false);
        return false;
    }

    public bool IsCountryName(string text) => _entries.ContainsKey(text.Trim());

    private static CountryGazetteer Load()
    {
        var entries = new Dictionary<string, (CountryCode, CountryForm, bool)>(StringComparer.Ordinal);
        foreach (var file in new[] { "country-aliases.tsv", "countries.tsv" })
        {
            foreach (var row in EmbeddedTable.Read(file))
            {
                if (row.Length < 3 || !CountryCode.TryParse(row[0], null, out var code))
                {
                    continue;
                }
                var form = row[1] switch
                {
                    "adjective" => CountryForm.Adjective,
                    "capital" => CountryForm.Capital,
                    _ => CountryForm.Name,
                };
                entries.TryAdd(row[2].Trim(), (code, form, row[1] == "after-the"));
            }
        }
        return new CountryGazetteer(entries);
    }
}
