using System.Globalization;
using Tradewatch.Data.Store;
using Tradewatch.Domain;

namespace Tradewatch.Data.Queries;

/// <summary>How to break the flows down.</summary>
public enum FlowsBreakdown
{
    Year,
    Month,
    Hs2,
    Hs4,
    Hs6,
}

/// <summary>Which side's declarations to use.</summary>
public enum SideChoice
{
    Auto,
    Exporter,
    Importer,
}

/// <summary>A request for <see cref="FlowsQuery.Run"/>.</summary>
public sealed record FlowsRequest(CountryCode From, CountryCode To)
{
    public Period? Period { get; init; }
    public string? HsPrefix { get; init; }
    public FlowsBreakdown By { get; init; } = FlowsBreakdown.Year;
    public SideChoice Side { get; init; } = SideChoice.Auto;
    public IReadOnlyList<string> Datasets { get; init; } = [];
}

/// <summary>One row of the answer, with the provenance behind it.</summary>
public sealed record FlowsRow(Period Period, string? Hs, decimal ValueUsd, double? NetWeightKg, double? Quantity, string? QuantityUnit, string Side, string Dataset, long SourceRows);

/// <summary>The answer: rows and their total.</summary>
public sealed record FlowsResult(decimal TotalValueUsd, IReadOnlyList<FlowsRow> Rows);

/// <summary>Runs <c>Queries/Flows.sql</c>; the policy it follows is written at the top of that file.</summary>
public static class FlowsQuery
{
    public static FlowsResult Run(TradewatchStore store, FlowsRequest request)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        var period = request.Period ?? Period.Years(Month.MinYear, Month.MaxYear);
        var level = request.By switch
        {
            FlowsBreakdown.Hs4 => 4,
            FlowsBreakdown.Hs6 => 6,
            _ => 2,
        };
        var byHs = request.By is FlowsBreakdown.Hs2 or FlowsBreakdown.Hs4 or FlowsBreakdown.Hs6;
        if (request.HsPrefix is { } prefix && byHs && prefix.Length > level)
        {
            level = Math.Min(6, prefix.Length);
        }
        ChosenFlows.Define(store);
        using var cmd = store.Command(Sql.Load("Flows"),
            ("exporter", request.From.Alpha3),
            ("importer", request.To.Alpha3),
            ("start", period.StartDate),
            ("end", period.EndDate),
            ("hs", request.HsPrefix),
            ("side", request.Side.ToString().ToLowerInvariant()),
            ("datasets", request.Datasets.Count == 0 ? null : request.Datasets.ToArray()),
            ("level", level),
            ("by_hs", byHs),
            ("by_month", request.By == FlowsBreakdown.Month));
        var rows = new List<FlowsRow>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var start = DateOnly.FromDateTime(reader.GetDateTime(0));
            var end = DateOnly.FromDateTime(reader.GetDateTime(1));
            rows.Add(new FlowsRow(
                Period.Covering(start, end),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetDecimal(3),
                reader.IsDBNull(4) ? null : reader.GetDouble(4),
                reader.IsDBNull(5) ? null : reader.GetDouble(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetString(7),
                reader.GetString(8),
                Convert.ToInt64(reader.GetValue(9), CultureInfo.InvariantCulture)));
        }
        return new FlowsResult(rows.Sum(r => r.ValueUsd), rows);
    }
}
