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
        var names = entries.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape);
        // Case-sensitive: country names are proper nouns, and "the North"/"Chad"/"Turkey" need the capital.
        // "US" and "U.S." before "$" or "dollars" are a currency, not a country.
        Pattern = new Regex(@"(?<![\w.])(?:" + string.Join("|", names) + @")(?![\w])(?!\s?\$|\s+dollars?)", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    public static CountryGazetteer Default => s_default.Value;

    public Regex Pattern { get; }

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
