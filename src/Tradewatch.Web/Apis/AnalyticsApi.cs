using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tradewatch.Analytics;
using Tradewatch.Analytics.Breaches;
using Tradewatch.Analytics.Caps;
using Tradewatch.Analytics.Exposure;
using Tradewatch.Analytics.Mirror;
using Tradewatch.Data.Queries;
using Tradewatch.Rules.Matching;
using Tradewatch.Rules.Model;

namespace Tradewatch.Web.Apis;

/// <summary>/api/exposure, /api/breaches, /api/caps, /api/mirror, /api/rules/match: the analytics of the CLI, as JSON.</summary>
internal static class AnalyticsApi
{
    public static IEndpointRouteBuilder MapAnalyticsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/exposure", Exposure).WithName("Exposure").WithSummary("Value under ban/cap/exempted/unrestricted per period; ranges where data is coarser than the rules");
        api.MapGet("/breaches", Breaches).WithName("Breaches").WithSummary("Breach indicators with measure, citation and the exemptions data cannot see");
        api.MapGet("/caps", Caps).WithName("Caps").WithSummary("Cap windows: quantity used, factor and band, share");
        api.MapGet("/mirror", Mirror).WithName("Mirror").WithSummary("Exporter vs importer declarations, and source against source");
        api.MapGet("/rules/match", Match).WithName("RulesMatch").WithSummary("Measures in force on a date whose scope and direction cover a flow");
        return app;
    }

    public sealed record Range(decimal Min, decimal Max)
    {
        public static Range Of(ValueRange r) => new(r.Min, r.Max);
    }

    public sealed record MeasureValue(string MeasureId, string Type, string Citation, decimal ValueUsd, Range ValueRange, bool ProRated, long Rows);

    public sealed record ExposureRow(TradeApi.PeriodResponse Period, decimal TotalUsd, decimal BannedUsd, decimal CappedUsd, decimal ExemptedUsd, decimal UnrestrictedUsd,
        decimal BannedShare, Range Banned, Range Capped, Range Exempted, Range Unrestricted, string Coverage, IReadOnlyList<MeasureValue> ByMeasure,
        IReadOnlyList<MeasureValue> NeedsItemReview, IReadOnlyList<DatasetRows> Datasets);

    public static async Task<Results<Ok<ExposureRow[]>, ValidationProblem>> Exposure(StoreAccess access, string? from, string? to, string? period, string? by, string[]? dataset)
    {
        var q = new QueryParsing();
        q.Require("from", from);
        q.Require("to", to);
        var request = new ExposureRequest(q.Country("from", from), q.Country("to", to))
        {
            Period = q.Period("period", period),
            ByMonth = q.Enum("by", by, Breakdown.Year) == Breakdown.Month,
            Datasets = dataset ?? [],
        };
        if (!q.Ok)
        {
            return q.Problem();
        }
        var periods = await access.RunCachedAsync(Key("exposure", request), store => ExposureQuery.Run(store, request)).ConfigureAwait(false);
        // The contract's single figures carry the upper bound (as the CLI's); the ranges sit beside them.
        return TypedResults.Ok(periods.Select(p => new ExposureRow(
            TradeApi.PeriodResponse.Of(p.Period), p.TotalUsd, p.Banned.Max, p.Capped.Max, p.Exempted.Max, p.Unrestricted.Max, p.BannedShare.Max,
            Range.Of(p.Banned), Range.Of(p.Capped), Range.Of(p.Exempted), Range.Of(p.Unrestricted), p.Coverage,
            p.ByMeasure.Select(Value).ToList(), p.NeedsItemReview.Select(Value).ToList(), p.Datasets)).ToArray());
    }

    /// <summary>A cache key from a request record: its type and its values (records print their members).</summary>
    internal static string Key(string endpoint, object request) =>
        endpoint + ":" + request + ":" + string.Join(',', request.GetType().GetProperties().Where(p => p.PropertyType == typeof(IReadOnlyList<string>))
            .Select(p => string.Join('|', (IReadOnlyList<string>)p.GetValue(request)!)));

    private static MeasureValue Value(MeasureExposure m) => new(m.MeasureId, m.Type, m.Citation, m.Value.Max, Range.Of(m.Value), m.ProRated, m.Rows);

    public enum Breakdown
    {
        Year,
        Month,
    }

    public sealed record BreachRow(TradeApi.PeriodResponse Period, string? Hs, decimal ValueUsd, Range ValueRange, string MeasureId, string Citation, string Dataset, long SourceLine, string Side, IReadOnlyList<NamedExemption> Exemptions);

    public static async Task<Results<Ok<BreachRow[]>, ValidationProblem>> Breaches(StoreAccess access, string? from, string? to, string? period, string[]? dataset)
    {
        var q = new QueryParsing();
        q.Require("from", from);
        q.Require("to", to);
        var request = new BreachesRequest(q.Country("from", from), q.Country("to", to)) { Period = q.Period("period", period), Datasets = dataset ?? [] };
        if (!q.Ok)
        {
            return q.Problem();
        }
        var rows = await access.RunCachedAsync(Key("breaches", request), store => BreachesQuery.Run(store, request)).ConfigureAwait(false);
        return TypedResults.Ok(rows.Select(b => new BreachRow(TradeApi.PeriodResponse.Of(b.Period), b.Hs, b.Value.Max, Range.Of(b.Value), b.MeasureId, b.Citation, b.Dataset, b.SourceLine, b.Side, b.Exemptions)).ToArray());
    }

    public sealed record CapRow(string MeasureId, string Citation, string WindowStart, string WindowEnd, decimal? Limit, string? Unit, Range? Used, decimal? Share, decimal? ShareLow, decimal? ShareHigh, FactorUse? Factor, string Datasets, long Rows);

    public static async Task<Results<Ok<CapRow[]>, ValidationProblem>> Caps(StoreAccess access, Workspace workspace, string? period, string[]? dataset)
    {
        var q = new QueryParsing();
        var p = q.Period("period", period);
        if (!q.Ok)
        {
            return q.Problem();
        }
        var caps = await access.RunAsync(store => CapsQuery.Run(store, workspace.Rules, p, dataset ?? [])).ConfigureAwait(false);
        return TypedResults.Ok(caps.Select(c => new CapRow(c.MeasureId, c.Citation, c.WindowStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            c.WindowEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), c.Binding?.Amount, c.Binding?.Unit,
            c.Binding is { } b ? Range.Of(b.Used) : null, c.Binding?.Share, c.Binding?.ShareLow, c.Binding?.ShareHigh, c.Factor, c.Datasets, c.Rows)).ToArray());
    }

    public static async Task<Results<Ok<MirrorResult>, ValidationProblem>> Mirror(StoreAccess access, string? from, string? to, string? period, string[]? dataset)
    {
        var q = new QueryParsing();
        q.Require("from", from);
        q.Require("to", to);
        var request = new MirrorRequest(q.Country("from", from), q.Country("to", to)) { Period = q.Period("period", period), Datasets = dataset ?? [] };
        if (!q.Ok)
        {
            return q.Problem();
        }
        return TypedResults.Ok(await access.RunCachedAsync(Key("mirror", request), store => MirrorQuery.Run(store, request)).ConfigureAwait(false));
    }

    public sealed record MatchRow(string MeasureId, string Type, string Status, string Citation, string? Exemption, string Reason, string Coverage);

    public static Results<Ok<MatchRow[]>, ValidationProblem> Match(Workspace workspace, string? hs, string? from, string? to, string? date)
    {
        var q = new QueryParsing();
        q.Require("hs", hs);
        q.Require("date", date);
        var code = q.Hs("hs", hs);
        var exporter = q.Country("from", from);
        var importer = q.Country("to", to);
        var day = q.Date("date", date);
        if (!q.Ok || code is null || day is null)
        {
            return q.Problem();
        }
        var matches = new RuleMatcher(workspace.Rules, workspace.Correspondence).Match(new FlowQuery(code.Value, exporter, importer, day.Value));
        return TypedResults.Ok(matches.Select(m => new MatchRow(m.Measure.Id, m.Measure.Type.Name(), m.Status == MatchStatus.Applies ? "applies" : "exempted",
            $"{m.Measure.Citation.Instrument} {m.Measure.Citation.Paragraph}".Trim(), m.Exemption?.Id, m.Reason, m.Coverage.ToString().ToLowerInvariant())).ToArray());
    }
}
