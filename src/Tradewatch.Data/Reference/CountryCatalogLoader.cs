using System.Globalization;
using System.Text.Json;
using Tradewatch.Data.Csv;
using Tradewatch.Domain;

namespace Tradewatch.Data.Reference;

/// <summary>
/// Builds the <see cref="CountryCatalog"/> from the bundled tables: ISO/M49 first, then Tradewatch's special areas,
/// then the Comtrade and BACI numeric codes and names, then hand-written aliases.
/// </summary>
public static class CountryCatalogLoader
{
    private static readonly Lazy<CountryCatalog> s_default = new(Load);

    /// <summary>The catalog built from the bundled reference data (built once per process).</summary>
    public static CountryCatalog Default => s_default.Value;

    private static CountryCatalog Load()
    {
        var catalog = new CountryCatalog();
        foreach (var row in ReferenceFiles.ReadTable("countries/country-codes_datasets.csv"))
        {
            var alpha3 = row["ISO3166-1-Alpha-3"];
            if (!CountryCode.TryParse(alpha3, null, out var code))
            {
                continue;
            }
            var name = First(row["CLDR display name"], row["official_name_en"], row["UNTERM English Short"]);
            catalog.Add(new CountryInfo(code, name, AreaKind.Country, Number(row["M49"]) ?? Number(row["ISO3166-1-numeric"]), NullIfEmpty(row["ISO3166-1-Alpha-2"])));
            foreach (var alias in new[] { row["official_name_en"], StripThe(row["UNTERM English Short"]), row["UNTERM English Formal"] })
            {
                catalog.AddName(alias, code);
            }
        }

        foreach (var row in ReferenceFiles.ReadTable("countries/special_areas.csv"))
        {
            var code = CountryCode.Parse(row["code"]);
            if (catalog.FindByCode(code.Alpha3) is not null && Number(row["m49"]) is int extra)
            {
                catalog.AddNumber(extra, code); // another number for an existing ISO country
                continue;
            }
            var kind = Enum.Parse<AreaKind>(row["kind"], ignoreCase: true);
            catalog.Add(new CountryInfo(code, row["name"], kind, Number(row["m49"]), null));
        }

        // Comtrade numbers: 251 France incl. Monaco, 842 USA incl. PR and VI, 280 Fmr Fed. Rep. of Germany …
        foreach (var row in ReferenceFiles.ReadTable("countries/comtrade_isoCodes.csv"))
        {
            if (Number(row["unCode"]) is not int number)
            {
                continue;
            }
            var target = catalog.FindByCode(row["iso3letter"]) ?? catalog.FindByNumber(number);
            if (target is not null)
            {
                catalog.AddNumber(number, target.Code);
                catalog.AddName(row["name"], target.Code);
            }
        }

        using (var json = JsonDocument.Parse(ReferenceFiles.Open("countries/comtrade_partnerAreas.json")))
        {
            foreach (var area in json.RootElement.GetProperty("results").EnumerateArray())
            {
                if (Number(area.GetProperty("id").GetString()) is int number && catalog.FindByNumber(number) is { } target)
                {
                    catalog.AddName(area.GetProperty("text").GetString() ?? "", target.Code);
                }
            }
        }

        foreach (var (file, encoding) in new[] { ("countries/baci_country_codes_V202301.csv", System.Text.Encoding.UTF8), ("countries/baci_country_codes_V202201.csv", TextSources.Windows1252) })
        {
            foreach (var row in ReferenceFiles.ReadTable(file, encoding))
            {
                if (Number(row["country_code"]) is not int number)
                {
                    continue;
                }
                var target = catalog.FindByCode(row["iso_3digit_alpha"]) ?? catalog.FindByNumber(number);
                if (target is not null)
                {
                    catalog.AddNumber(number, target.Code);
                    catalog.AddName(row["country_name_abbreviation"], target.Code);
                    catalog.AddName(row["country_name_full"], target.Code);
                }
            }
        }

        foreach (var row in ReferenceFiles.ReadTable("countries/country_aliases.csv"))
        {
            catalog.AddName(row["alias"], CountryCode.Parse(row["code"]));
        }
        return catalog;
    }

    private static string First(params string[] values) => values.First(v => !string.IsNullOrWhiteSpace(v));

    private static string StripThe(string name) =>
        name.EndsWith(" (the)", StringComparison.Ordinal) ? name[..^6] : name;

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
