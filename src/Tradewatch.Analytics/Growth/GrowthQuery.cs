using Tradewatch.Analytics.Exposure;
using Tradewatch.Data.Queries;
using Tradewatch.Data.Store;
using Tradewatch.Domain;

namespace Tradewatch.Analytics.Growth;

/// <summary>A request for <see cref="GrowthQuery.Run"/>.</summary>
public sealed record GrowthRequest(CountryCode From, CountryCode To)
{
    public Period? Period { get; init; }
    public bool ByMonth { get; init; }
    public string? Hs { get; init; }
    public SideChoice Side { get; init; } = SideChoice.Auto;
    public IReadOnlyList<string> Datasets { get; init; } = [];
}

/// <summary>
/// One output period against the same months a year earlier. <see cref="Period"/> is the span the period's rows
/// cover (Jan–May when only Jan–May is reported), <see cref="PreviousPeriod"/> the same months shifted back a year.
/// <see cref="Growth"/> is null, with a <see cref="Reason"/>, whenever the two cannot be compared like for like.
/// </summary>
public sealed record GrowthPeriod(
    Period Period,
    decimal ValueUsd,
    long Rows,
    string Dataset,
    string Side,
    Period PreviousPeriod,
    decimal? PreviousValueUsd,
    long PreviousRows,
    string? PreviousDataset,
    string? PreviousSide,
    string? Reason)
{
    public bool Comparable => Reason is null;

    public decimal? ChangeUsd => Comparable ? ValueUsd - PreviousValueUsd : null;

    /// <summary>(value − previous) / previous as a fraction, 6 decimals; null when not comparable or previous is 0.</summary>
    public decimal? Growth => Comparable && PreviousValueUsd is { } p && p != 0 ? Math.Round((ValueUsd - p) / p, 6) : null;
}

/// <summary>Period-over-period growth (same months a year earlier): <c>Queries/Growth.sql</c> over <c>chosen_flows</c>.</summary>
public static class GrowthQuery
{
    /// <summary>The method notes every growth answer carries (JSON <c>method</c>).</summary>
    public static IReadOnlyDictionary<string, string> Method { get; } = new Dictionary<string, string>
    {
        ["comparison"] = "each period against the same months one year earlier: a partial year (Jan-May 2017) only against the same months (Jan-May 2016), never against a full year",
        ["window"] = "a period's months are those its ledger rows cover; rows must lie wholly inside the asked period, so annual rows cannot answer a partial-year question",
        ["refused"] = "growth is null, with a reason, when the earlier year has no rows in those months, reports them only in rows that straddle the window (an annual figure against Jan-May), or covers fewer months",
        ["data"] = "one dataset per year and side, the exporter's declarations where reported else the importer's, one HS level per chapter (see chosen_flows, as flows)",
    };

    public static IReadOnlyList<GrowthPeriod> Run(TradewatchStore store, GrowthRequest request)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        var p = request.Period ?? Domain.Period.Years(Month.MinYear + 1, Month.MaxYear);
        if (p.Start.Year == Month.MinYear)
        {
            // The earliest representable year has no year before it: start the earlier window where months exist.
            p = Domain.Period.Between(Month.Of(Month.MinYear + 1, 1), p.End < Month.Of(Month.MinYear + 1, 1) ? Month.Of(Month.MinYear + 1, 1) : p.End);
        }
        var prev = p.PreviousYear();
        ChosenFlows.Define(store);
        var result = new List<GrowthPeriod>();
        using var cmd = store.Command(Sql.Load("Growth"),
            ("exporter", request.From.Alpha3), ("importer", request.To.Alpha3), ("start", p.StartDate), ("end", p.EndDate),
            ("prev_start", prev.StartDate), ("prev_end", prev.EndDate), ("hs", request.Hs), ("side", request.Side.ToString().ToLowerInvariant()),
            ("datasets", request.Datasets.Count == 0 ? null : request.Datasets.ToArray()), ("by_month", request.ByMonth));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var window = Domain.Period.Covering(DateOnly.FromDateTime(r.GetDateTime(1)), DateOnly.FromDateTime(r.GetDateTime(2)));
            var previous = window.PreviousYear();
            decimal? prevValue = r.IsDBNull(7) ? null : r.GetDecimal(7);
            var prevRows = ExposureQuery.Long(r, 8);
            var straddling = ExposureQuery.Long(r, 13);
            Period? prevSpan = r.IsDBNull(11) ? null : Domain.Period.Covering(DateOnly.FromDateTime(r.GetDateTime(11)), DateOnly.FromDateTime(r.GetDateTime(12)));
            var reason =
                prevSpan is null ? $"no rows for {previous}"
                : straddling > 0 ? $"the year before is reported only in rows reaching outside {previous} (rows span {prevSpan}); a partial year is not compared with a longer period"
                : !prevSpan.Value.Contains(previous) ? $"the rows for the year before cover only {prevSpan}, fewer months than {window}"
                : prevRows == 0 ? $"no rows for {previous}"
                : null;
            result.Add(new GrowthPeriod(window, r.GetDecimal(3), ExposureQuery.Long(r, 4), r.GetString(5), r.GetString(6),
                previous, reason is null ? prevValue : null, prevRows, r.IsDBNull(9) ? null : r.GetString(9), r.IsDBNull(10) ? null : r.GetString(10), reason));
        }
        return result;
    }
}
