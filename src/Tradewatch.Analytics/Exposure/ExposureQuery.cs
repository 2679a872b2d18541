using System.Data.Common;
using System.Globalization;
using Tradewatch.Data.Queries;
using Tradewatch.Data.Store;
using Tradewatch.Domain;

namespace Tradewatch.Analytics.Exposure;

/// <summary>A request for <see cref="ExposureQuery.Run"/>.</summary>
public sealed record ExposureRequest(CountryCode From, CountryCode To)
{
    public Period? Period { get; init; }
    public bool ByMonth { get; init; }
    public SideChoice Side { get; init; } = SideChoice.Auto;
    public IReadOnlyList<string> Datasets { get; init; } = [];
}

/// <summary>One output period: the total and each category as a range, with the measures and data behind it.</summary>
public sealed record ExposurePeriod(
    Period Period,
    decimal TotalUsd,
    ValueRange Banned,
    ValueRange Capped,
    ValueRange Exempted,
    ValueRange Unrestricted,
    IReadOnlyList<MeasureExposure> ByMeasure,
    IReadOnlyList<MeasureExposure> NeedsItemReview,
    IReadOnlyList<DatasetRows> Datasets,
    long SourceRows)
{
    /// <summary>full: every figure exact; partial: the data is coarser than some scope, figures are ranges; none: no measure touches the rows.</summary>
    public string Coverage =>
        ByMeasure.Count == 0 && NeedsItemReview.Count == 0 ? "none"
        : Banned.IsExact && Capped.IsExact && Exempted.IsExact && Unrestricted.IsExact && ByMeasure.All(m => m.Value.IsExact) ? "full"
        : "partial";

    public string Side => string.Join(',', Datasets.Select(d => d.Side).Distinct());

    public string Dataset => string.Join(',', Datasets.Select(d => d.Dataset).Distinct());

    /// <summary>Banned share of the total, min..max (0 when there is no trade).</summary>
    public (decimal Min, decimal Max) BannedShare => TotalUsd == 0 ? (0, 0) : (Math.Round(Banned.Min / TotalUsd, 6), Math.Round(Banned.Max / TotalUsd, 6));
}

/// <summary>The ledger value a measure touches in a period (pro-rated by days in force), with its citation.</summary>
public sealed record MeasureExposure(string MeasureId, string Type, string Basis, string Citation, ValueRange Value, decimal WindDownMaxUsd, bool ProRated, long Rows)
{
    public string Coverage => Value.IsExact ? "full" : Value.Min == 0 ? "partial" : "mixed";
}

/// <summary>One pair's exposure in one period (<see cref="ExposureQuery.RunAllPairs"/>).</summary>
public sealed record PairExposure(string Exporter, string Importer, ExposurePeriod Exposure);

/// <summary>How many ledger rows of a dataset (and side) a figure rests on.</summary>
public sealed record DatasetRows(string Dataset, string Side, long Rows);

/// <summary>
/// Exposure of one direction of trade to the sanctions measures: <c>Queries/Exposure*.sql</c>, set-based over the
/// rows <c>chosen_flows</c> picks and the rule tables (<see cref="Rulebooks.RuleTables"/>).
/// </summary>
public static class ExposureQuery
{
    /// <summary>The method notes every exposure answer carries (JSON <c>method</c>).</summary>
    public static IReadOnlyDictionary<string, string> Method { get; } = new Dictionary<string, string>
    {
        ["in_force"] = "a measure counts for a ledger row when it was in force on any day of the row's period",
        ["pro_rating"] = "rows whose period a measure covers only in part (annual data, mid-year start or end) count with value x days in force / days of the row's period",
        ["hs_coverage"] = "rows coded coarser than a scope (chapter 27 against heading 2701) give a range: min counts only rows wholly inside a scope, max every row touching it",
        ["contract_fields"] = "banned_usd, capped_usd, exempted_usd, unrestricted_usd, banned_share and by_measure value_usd carry the max of their range; *_min and *_max give both ends",
        ["precedence"] = "on any day a value counts once: ban > cap > exempt (wind-down window) > unrestricted",
        ["wind_down"] = "a ban's wind-down window (goods under earlier contracts) counts as exempted, the ban only after the window ends",
        ["list_based"] = "list-based measures (arms, dual-use, luxury lists) are not exposure: their HS pre-filter hits are listed under needs_item_review",
        ["data"] = "one dataset per year and side, the exporter's declarations where reported else the importer's, one HS level per chapter (see chosen_flows)",
    };

    public static IReadOnlyList<ExposurePeriod> Run(TradewatchStore store, ExposureRequest request)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        Prepare(store, request.From.Alpha3, request.To.Alpha3, request.Period, request.ByMonth, request.Side, request.Datasets);
        return Collect(store).Select(p => p.Exposure).ToList();
    }

    /// <summary>
    /// Exposure of every exporter → importer pair in the ledger at once (one set-based pass; used by the benchmark
    /// and for screening), each pair's rows chosen separately by the same policy as <see cref="Run"/>.
    /// </summary>
    public static IReadOnlyList<PairExposure> RunAllPairs(TradewatchStore store, Period period, bool byMonth = false, SideChoice side = SideChoice.Auto, IReadOnlyList<string>? datasets = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        Prepare(store, null, null, period, byMonth, side, datasets ?? []);
        return Collect(store);
    }

    private static List<PairExposure> Collect(TradewatchStore store)
    {
        var measures = new Dictionary<(string, string, DateTime), List<MeasureExposure>>();
        using (var cmd = store.Command(Sql.Load("ExposureByMeasure")))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var key = (r.GetString(11), r.GetString(12), r.GetDateTime(0));
                var m = new MeasureExposure(r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4),
                    ValueRange.FromDoubles(r.GetDouble(5), r.GetDouble(6)), ValueRange.Cents(r.GetDouble(7)), r.GetBoolean(9), Long(r, 10));
                (measures.TryGetValue(key, out var list) ? list : measures[key] = []).Add(m);
            }
        }
        var sources = new Dictionary<(string, string, DateTime), List<DatasetRows>>();
        using (var cmd = store.Command("SELECT exporter, importer, key_start, dataset, side, count(*) FROM x_flows GROUP BY ALL ORDER BY ALL"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var key = (r.GetString(0), r.GetString(1), r.GetDateTime(2));
                (sources.TryGetValue(key, out var list) ? list : sources[key] = []).Add(new DatasetRows(r.GetString(3), r.GetString(4), Long(r, 5)));
            }
        }
        var periods = new List<PairExposure>();
        using (var cmd = store.Command(Sql.Load("ExposurePeriods")))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var key = (r.GetString(14), r.GetString(15), r.GetDateTime(0));
                var all = measures.GetValueOrDefault(key) ?? [];
                periods.Add(new PairExposure(key.Item1, key.Item2, new ExposurePeriod(
                    Domain.Period.Covering(DateOnly.FromDateTime(r.GetDateTime(1)), DateOnly.FromDateTime(r.GetDateTime(2))),
                    ValueRange.Cents(r.GetDouble(3)),
                    ValueRange.FromDoubles(r.GetDouble(4), r.GetDouble(5)),
                    ValueRange.FromDoubles(r.GetDouble(6), r.GetDouble(7)),
                    ValueRange.FromDoubles(r.GetDouble(8), r.GetDouble(9)),
                    ValueRange.FromDoubles(r.GetDouble(10), r.GetDouble(11)),
                    all.Where(m => m.Basis != "list").ToList(),
                    all.Where(m => m.Basis == "list").ToList(),
                    sources.GetValueOrDefault(key) ?? [],
                    Long(r, 13))));
            }
        }
        return periods;
    }

    /// <summary>Fills the x_flow_rows and x_pairs temp tables and the x_flows view (shared with the breach indicators).</summary>
    internal static void Prepare(TradewatchStore store, string? exporter, string? importer, Period? period, bool byMonth, SideChoice side, IReadOnlyList<string> datasets, string? party = null)
    {
        RequireRules(store);
        var p = period ?? Domain.Period.Years(Month.MinYear, Month.MaxYear);
        ChosenFlows.Define(store);
        using (var cmd = store.Command(Sql.Load("ExposureFlows"),
            ("exporter", exporter), ("importer", importer), ("party", party), ("start", p.StartDate), ("end", p.EndDate),
            ("side", side.ToString().ToLowerInvariant()), ("datasets", datasets.Count == 0 ? null : datasets.ToArray()), ("by_month", byMonth)))
        {
            cmd.ExecuteNonQuery();
        }
        // A freshly created table's rowids are 0..n-1 and stay put while nothing deletes from it: a free row key.
        using (var cmd = store.Command("CREATE OR REPLACE TEMP VIEW x_flows AS SELECT rowid AS fid, * FROM x_flow_rows"))
        {
            cmd.ExecuteNonQuery();
        }
        using (var cmd = store.Command(Sql.Load("ExposurePairs")))
        {
            cmd.ExecuteNonQuery();
        }
    }

    internal static void RequireRules(TradewatchStore store)
    {
        if (Rulebooks.RuleTables.LoadedHash(store) is null)
        {
            throw new InvalidOperationException("the rulebook tables are not loaded; call RuleTables.Sync first");
        }
    }

    internal static long Long(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);
}
