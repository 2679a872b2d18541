using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tradewatch.Data.Queries;
using Tradewatch.Faces.Articles;
using Tradewatch.Faces.Report;
using Tradewatch.Faces.Rendering;
using Tradewatch.Rules.Model;
using Tradewatch.Web.Apis;

namespace Tradewatch.Web.Pages;

/// <summary>
/// The dashboard: the report's sections for a chosen pair (same rendering code as <c>tradewatch report</c>), the
/// rulebook browser and the articles with their claims highlighted. Plain HTML forms; a tiny script for filtering.
/// </summary>
internal static class Dashboard
{
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Home).ExcludeFromDescription();
        app.MapGet("/rules", RulesPage).ExcludeFromDescription();
        app.MapGet("/articles", ArticlesPage).ExcludeFromDescription();
        app.MapGet("/articles/{id:int}", ArticlePage).ExcludeFromDescription();
        app.MapGet("/app.css", () => Results.Text(ReportPage.Css(), "text/css")).ExcludeFromDescription();
        app.MapGet("/app.js", () => Results.Text(Script(), "text/javascript")).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Home(StoreAccess access, Workspace workspace, string? from, string? to, string? period, string? dataset)
    {
        var q = new QueryParsing();
        var exporter = q.Country("from", from ?? "RUS");
        var importer = q.Country("to", to ?? "PRK");
        var p = q.Period("period", period) ?? Domain.Period.Years(2010, 2020);
        if (!q.Ok)
        {
            return q.Problem();
        }
        var datasets = await access.RunAsync(DatasetsRepository.List).ConfigureAwait(false);
        var report = await access.RunAsync(store => PairReportBuilder.Build(store, exporter, importer, p, workspace.Rules, []) with
        {
            Articles = workspace.Articles.Where(d => d.Claims.Any(c => PairReport.IsAboutPair(c, exporter, importer))).ToList(),
        }).ConfigureAwait(false);
        if (dataset is { Length: > 0 })
        {
            report = report with { ForwardByDataset = report.ForwardByDataset.Where(d => d.Dataset == dataset).ToList() };
        }
        var form = new StringBuilder("<form method=\"get\" action=\"/\" class=\"no-print\" id=\"pair-form\">")
            .Append("<label>from <input name=\"from\" value=\"").Append(Html.Attr(exporter.Alpha3)).Append("\" size=\"5\"></label> ")
            .Append("<label>to <input name=\"to\" value=\"").Append(Html.Attr(importer.Alpha3)).Append("\" size=\"5\"></label> ")
            .Append("<label>period <input name=\"period\" value=\"").Append(Html.Attr(p.ToString())).Append("\" size=\"12\"></label> ")
            .Append("<label>dataset <select name=\"dataset\"><option value=\"\">all (default policy)</option>");
        foreach (var d in datasets)
        {
            form.Append("<option").Append(d.Name == dataset ? " selected" : "").Append(" value=\"").Append(Html.Attr(d.Name)).Append("\">").Enc(d.Name).Append("</option>");
        }
        form.Append("</select></label> <button type=\"submit\">show</button> <a href=\"/?from=").Append(Html.Attr(importer.Alpha3)).Append("&amp;to=").Append(Html.Attr(exporter.Alpha3))
            .Append("&amp;period=").Append(Html.Attr(p.ToString())).Append("\">swap direction</a></form><p id=\"filter-note\" class=\"muted\"></p>");
        return Page($"{report.From.Name} → {report.To.Name}, {p}", form + ReportPage.Body(report));
    }

    private static IResult RulesPage(Workspace workspace, string? measure)
    {
        var sb = new StringBuilder("<table id=\"table-measures\"><thead><tr><th>measure</th><th>type</th><th>direction</th><th>in force</th><th>scope</th><th>citation</th><th>status</th></tr></thead><tbody>");
        foreach (var m in workspace.Rules.Measures.Where(m => measure is null || m.Id == measure))
        {
            sb.Append("<tr data-measure=\"").Append(Html.Attr(m.Id)).Append("\"><td>").Enc(m.Id).Append("<br><span class=\"muted\">").Enc($"{m.Ref} {m.Title}").Append("</span></td><td><span class=\"badge ")
              .Append(Html.Attr(m.Type.Name())).Append("\">").Enc(m.Type.Name()).Append("</span></td><td>").Enc(m.Direction.Name()).Append("</td><td>").Enc(m.WindowText)
              .Append("</td><td>").Enc(string.Join(", ", m.Scope.Include.Select(s => s.ToString()))).Append("</td><td>");
            if (m.Citation.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                sb.Append("<a rel=\"noreferrer\" href=\"").Append(Html.Attr(uri.AbsoluteUri)).Append("\">").Enc($"{m.Citation.Instrument} {m.Citation.Paragraph}").Append("</a>");
            }
            else
            {
                sb.Enc($"{m.Citation.Instrument} {m.Citation.Paragraph}");
            }
            sb.Append("</td><td>").Enc(m.Status.Name()).Append("</td></tr>");
        }
        var measures = workspace.Rules.Measures.Where(m => m.Effective is not null && (measure is null || m.Id == measure))
            .OrderBy(m => m.Effective).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
        var timeline = Faces.Charts.SvgChart.Timeline("chart-measures", "Measures in force over time (hover for citation and status; click to filter the table)",
            measures.Select(m => new Faces.Charts.TimelineBar(m.Id, m.Ref is null ? m.Id : $"{m.Ref} {m.Rulebook.Id}", m.Effective!.Value, m.Ends, m.Type.Name(),
                $"{m.Id}: {m.Title} — {m.Citation.Instrument} {m.Citation.Paragraph}; {m.Direction.Name()}; {m.WindowText}; status {m.Status.Name()}")).ToList(),
            new DateOnly(2006, 1, 1), new DateOnly(Math.Max(2020, DateTime.UtcNow.Year), 12, 31));
        return Page("Rulebooks", timeline + "<p id=\"filter-note\" class=\"muted\"></p>" + sb.Append("</tbody></table>"));
    }

    private static IResult ArticlesPage(Workspace workspace, WebOptions options)
    {
        var sb = new StringBuilder("<table id=\"table-articles\"><thead><tr><th>article</th><th>date</th><th class=\"num\">claims</th><th class=\"num\">inconsistent checks</th></tr></thead><tbody>");
        var articles = workspace.Articles;
        for (var i = 0; i < articles.Count; i++)
        {
            var d = articles[i];
            sb.Append("<tr><td><a href=\"/articles/").Append(i).Append("\">").Enc(d.Article.Title ?? Path.GetFileName(d.Article.File)).Append("</a></td><td>").Enc(d.Article.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
              .Append("</td><td class=\"num\">").Append(d.Claims.Count).Append("</td><td class=\"num\">").Append(d.Checks.Count(c => c.Verdict == Tradewatch.Claims.CheckVerdict.Inconsistent)).Append("</td></tr>");
        }
        sb.Append("</tbody></table><h2>Add an article</h2>");
        if (options.ApiKey is null)
        {
            sb.Append("<p class=\"muted\">Uploads are off: start the server with --api-key to enable them.</p>");
        }
        sb.Append("<form method=\"post\" action=\"/api/articles\" enctype=\"multipart/form-data\" id=\"upload-form\"><textarea name=\"text\" rows=\"8\" cols=\"90\" placeholder=\"paste the article text\"></textarea><br>")
          .Append("<label>API key <input type=\"password\" name=\"api_key\"></label> <button type=\"submit\">extract claims</button></form>");
        return Page("Articles", sb.ToString());
    }

    private static IResult ArticlePage(Workspace workspace, int id)
    {
        var articles = workspace.Articles;
        return id < 0 || id >= articles.Count
            ? Results.NotFound()
            : Page("Article", ArticleView.Render(articles[id]));
    }

    private static IResult Page(string title, string body)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
            .Enc($"Tradewatch — {title}").Append("</title><link rel=\"stylesheet\" href=\"/app.css\"><script src=\"/app.js\" defer></script></head><body>")
            .Append("<nav><a href=\"/\">Pair</a><a href=\"/rules\">Rulebooks</a><a href=\"/articles\">Articles</a><a href=\"/openapi/v1.json\">API</a></nav><h1>").Enc(title).Append("</h1>")
            .Append(body).Append("</body></html>");
        return Results.Content(sb.ToString(), "text/html; charset=utf-8");
    }

    private static string Script()
    {
        using var stream = typeof(Dashboard).Assembly.GetManifestResourceStream("Tradewatch.Web.dashboard.js")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
