using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tradewatch.Data.Queries;

namespace Tradewatch.Web.Apis;

/// <summary>/api/pairs, /api/flows, /api/datasets: what the ledger holds.</summary>
internal static class TradeApi
{
    public static IEndpointRouteBuilder MapTradeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/pairs", Pairs).WithName("Pairs").WithSummary("Country pairs in the ledger with their row counts");
        api.MapGet("/datasets", Datasets).WithName("Datasets").WithSummary("Imported datasets with rows and SHA-256");
        api.MapGet("/flows", Flows).WithName("Flows").WithSummary("Goods moving from one country to another (same policy as the CLI)");
        return app;
    }

    public sealed record PairRow(string From, string To, long Rows, int FirstYear, int LastYear);

    public static async Task<Ok<PairRow[]>> Pairs(StoreAccess access, int? limit)
    {
        var rows = await access.RunAsync(store =>
        {
            using var cmd = store.Command("""
                SELECT exporter, importer, count(*), min(year(period_start)), max(year(period_end))
                FROM trade_flows GROUP BY ALL ORDER BY count(*) DESC, exporter, importer LIMIT $limit
                """, ("limit", Math.Clamp(limit ?? 500, 1, 5000)));
            using var r = cmd.ExecuteReader();
            var list = new List<PairRow>();
            while (r.Read())
            {
                list.Add(new PairRow(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt32(3), r.GetInt32(4)));
            }
            return list.ToArray();
        }).ConfigureAwait(false);
        return TypedResults.Ok(rows);
    }

    public static async Task<Ok<IReadOnlyList<DatasetInfo>>> Datasets(StoreAccess access) =>
        TypedResults.Ok(await access.RunAsync(DatasetsRepository.List).ConfigureAwait(false));

    public sealed record FlowsResponse(decimal TotalValueUsd, IReadOnlyList<FlowRowResponse> Rows);

    public sealed record FlowRowResponse(PeriodResponse Period, string? Hs, decimal ValueUsd, double? NetWeightKg, double? Quantity, string? QuantityUnit, string Side, string Dataset, long SourceRows);

    public sealed record PeriodResponse(string Start, string End)
    {
        public static PeriodResponse Of(Domain.Period p) => new(p.Start.ToString(), p.End.ToString());
    }

    public static async Task<Results<Ok<FlowsResponse>, ValidationProblem>> Flows(StoreAccess access, string? from, string? to, string? period, string? hs, string? by, string? side, string[]? dataset)
    {
        var q = new QueryParsing();
        q.Require("from", from);
        q.Require("to", to);
        var request = new FlowsRequest(q.Country("from", from), q.Country("to", to))
        {
            Period = q.Period("period", period),
            HsPrefix = string.IsNullOrEmpty(hs) ? null : hs,
            By = q.Enum("by", by, FlowsBreakdown.Year),
            Side = q.Enum("side", side, SideChoice.Auto),
            Datasets = dataset ?? [],
        };
        if (hs is { Length: > 0 } && (hs.Length > 6 || !hs.All(char.IsAsciiDigit)))
        {
            q.Require("hs", null);
        }
        if (!q.Ok)
        {
            return q.Problem();
        }
        var result = await access.RunCachedAsync(AnalyticsApi.Key("flows", request), store => FlowsQuery.Run(store, request)).ConfigureAwait(false);
        return TypedResults.Ok(new FlowsResponse(result.TotalValueUsd, result.Rows.Select(r =>
            new FlowRowResponse(PeriodResponse.Of(r.Period), r.Hs, r.ValueUsd, r.NetWeightKg, r.Quantity, r.QuantityUnit, r.Side, r.Dataset, r.SourceRows)).ToList()));
    }
}
