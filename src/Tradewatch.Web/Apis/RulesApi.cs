using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tradewatch.Rules.Model;

namespace Tradewatch.Web.Apis;

/// <summary>/api/rules: the loaded rulebooks' measures, optionally those in force on a date.</summary>
internal static class RulesApi
{
    public static IEndpointRouteBuilder MapRulesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/rules", List).WithName("Rules").WithSummary("Measures (in force on a date with ?at=YYYY-MM-DD)");
        return app;
    }

    public sealed record MeasureResponse(string Id, string? Ref, string Title, string Type, string Direction, string Citation, string? Effective, string? Ends, string Status, string Rulebook);

    public static Results<Ok<MeasureResponse[]>, ValidationProblem> List(Workspace workspace, string? at)
    {
        var q = new QueryParsing();
        var date = q.Date("at", at);
        if (!q.Ok)
        {
            return q.Problem();
        }
        return TypedResults.Ok(workspace.Rules.InForce(date).Select(m => new MeasureResponse(
            m.Id, m.Ref, m.Title, m.Type.Name(), m.Direction.Name(), $"{m.Citation.Instrument} {m.Citation.Paragraph}".Trim(),
            m.Effective?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            m.Ends?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            m.Status.Name(), m.Rulebook.Id)).ToArray());
    }
}
