using Tradewatch.Analytics.Exposure;
using Tradewatch.Data.Queries;
using Tradewatch.Data.Store;
using Tradewatch.Domain;

namespace Tradewatch.Analytics.Breaches;

/// <summary>A request for <see cref="BreachesQuery.Run"/>.</summary>
public sealed record BreachesRequest(CountryCode From, CountryCode To)
{
    public Period? Period { get; init; }
    public SideChoice Side { get; init; } = SideChoice.Auto;
    public IReadOnlyList<string> Datasets { get; init; } = [];
}

/// <summary>An exemption the data cannot rule out for a breach indicator.</summary>
public sealed record NamedExemption(string Id, string Name, string Detectable, string How);

/// <summary>
/// One breach indicator: a ledger row (with its dataset and source line) in a ban's scope after the ban (and any
/// wind-down) took effect. <see cref="Value"/> is pro-rated to the banned days; min is 0 when the code is only partly in scope.
/// </summary>
public sealed record BreachIndicator(
    Period Period,
    string? Hs,
    decimal RowValueUsd,
    ValueRange Value,
    int DaysBanned,
    int Days,
    string MeasureId,
    string Citation,
    string Rulebook,
    string Side,
    string Dataset,
    long SourceLine,
    IReadOnlyList<NamedExemption> Exemptions)
{
    public string Coverage => Value.IsExact ? "full" : "partial";
}

/// <summary>Breach indicators: <c>Queries/Breaches.sql</c> over the rows and rule pairs exposure prepares.</summary>
public static class BreachesQuery
{
    public static IReadOnlyList<BreachIndicator> Run(TradewatchStore store, BreachesRequest request)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        ExposureQuery.Prepare(store, request.From.Alpha3, request.To.Alpha3, request.Period, byMonth: true, request.Side, request.Datasets);
        var list = new List<BreachIndicator>();
        using var cmd = store.Command(Sql.Load("Breaches"));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var exemptions = r.IsDBNull(15) ? [] : r.GetString(15).Split('\u001e').Select(e => e.Split('|', 4)).Select(x => new NamedExemption(x[0], x[1], x[2], x[3])).ToList();
            list.Add(new BreachIndicator(
                Domain.Period.Covering(DateOnly.FromDateTime(r.GetDateTime(0)), DateOnly.FromDateTime(r.GetDateTime(1))),
                r.IsDBNull(2) ? null : r.GetString(2),
                ValueRange.Cents(r.GetDouble(3)),
                ValueRange.FromDoubles(r.GetDouble(5), r.GetDouble(4)),
                (int)ExposureQuery.Long(r, 7),
                (int)ExposureQuery.Long(r, 8),
                r.GetString(9), r.GetString(10), r.GetString(11), r.GetString(12), r.GetString(13), ExposureQuery.Long(r, 14),
                exemptions));
        }
        return list;
    }
}
