using System.Globalization;
using Tradewatch.Data.Queries;
using Tradewatch.Data.Store;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Ledger;

/// <summary>One group of <c>LedgerFigures.sql</c>: a dataset's rows for one period and one goods relation.</summary>
internal sealed record LedgerPart(Period Period, string Side, string Relation, decimal ValueUsd, long Rows, string? Chapters, string? Lines, bool Estimated);

/// <summary>Runs <c>Ledger/LedgerFigures.sql</c> (rows chosen by the Data layer's <c>chosen_flows</c> policy).</summary>
internal static class LedgerFigures
{
    private static readonly string s_sql = Load();

    /// <summary>Defines the <c>chosen_flows</c> macro on the store's connection; once per connection is enough.</summary>
    public static void Prepare(TradewatchStore store) => ChosenFlows.Define(store);

    /// <summary>
    /// The dataset's rows for goods moving from <paramref name="exporter"/> to <paramref name="importer"/>: the
    /// exporter's declarations unless they are missing or only IMF estimates (DOTS fills a silent reporter such as the
    /// DPRK with estimates), then the importer's when it declared the flow. The two sides are never summed.
    /// </summary>
    public static IReadOnlyList<LedgerPart> Query(TradewatchStore store, CountryCode exporter, CountryCode importer, Period years, string dataset, string? hs)
    {
        var declared = Query(store, exporter, importer, years, dataset, hs, "exporter");
        if (declared.Count > 0 && !declared.Any(p => p.Estimated))
        {
            return declared;
        }
        var mirror = Query(store, exporter, importer, years, dataset, hs, "importer");
        return mirror.Count > 0 ? mirror : declared;
    }

    private static List<LedgerPart> Query(TradewatchStore store, CountryCode exporter, CountryCode importer, Period years, string dataset, string? hs, string side)
    {
        using var cmd = store.Command(s_sql,
            ("exporter", exporter.Alpha3),
            ("importer", importer.Alpha3),
            ("start", years.StartDate),
            ("end", years.EndDate),
            ("side", side),
            ("datasets", new[] { dataset }),
            ("hs", hs),
            // The HS detail the comparison needs: the claim's own level, chapters for all goods.
            ("level", hs?.Length ?? 2));
        using var reader = cmd.ExecuteReader();
        var parts = new List<LedgerPart>();
        while (reader.Read())
        {
            parts.Add(new LedgerPart(
                Period.Covering(DateOnly.FromDateTime(reader.GetDateTime(1)), DateOnly.FromDateTime(reader.GetDateTime(2))),
                reader.GetString(0),
                reader.GetString(3),
                reader.GetDecimal(4),
                Convert.ToInt64(reader.GetValue(5), CultureInfo.InvariantCulture),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                !reader.IsDBNull(8) && reader.GetBoolean(8)));
        }
        return parts;
    }

    private static string Load()
    {
        using var stream = typeof(LedgerFigures).Assembly.GetManifestResourceStream("Tradewatch.Claims.Ledger.LedgerFigures.sql")
            ?? throw new InvalidOperationException("LedgerFigures.sql is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
