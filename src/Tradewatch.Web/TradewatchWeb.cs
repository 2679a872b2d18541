using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tradewatch.Web.Apis;
using Tradewatch.Web.Pages;

namespace Tradewatch.Web;

/// <summary>Builds the web app: dashboard pages, the JSON API under /api, OpenAPI, security headers.</summary>
public static class TradewatchWeb
{
    /// <summary>Runs the server until Ctrl+C (or the token) stops it; <paramref name="onStarted"/> is told when it listens.</summary>
    public static async Task ServeAsync(WebOptions options, Action onStarted, CancellationToken cancel)
    {
        await using var app = Build(options);
        await app.StartAsync(cancel).ConfigureAwait(false);
        onStarted();
        await app.WaitForShutdownAsync(cancel).ConfigureAwait(false);
    }

    public static WebApplication Build(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        builder.Services.Configure<KestrelServerOptions>(k => k.AddServerHeader = false);
        builder.Services.AddProblemDetails();
        // The API speaks the CLI's JSON: snake_case fields, as in contracts/cli.md.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower);
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(sp => new StoreAccess(options.StorePath, options.Urls));
        builder.Services.AddSingleton(sp => new Workspace(options));

        var app = builder.Build();
        // Open the store and load the rulebooks now, not on the first request: a server that says it is up holds
        // its store (so a concurrent import is refused at once, naming it) and has validated its rulebooks.
        var store = app.Services.GetRequiredService<StoreAccess>().Store;
        var workspace = app.Services.GetRequiredService<Workspace>();
        // Exposure, breaches and caps are queries over the rulebook's tables in the store: bring them up to date.
        Analytics.Rulebooks.RuleTables.Sync(store, workspace.Rules, new Rules.Hs.DomainNomenclature(Data.Reference.HsNomenclatureLoader.Default),
            Analytics.Rulebooks.RuleTables.ContentHash(options.RulebooksPath));
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context).ConfigureAwait(false);
        });
        app.MapOpenApi();
        app.MapGet("/health", () => TypedResults.Text("ok")).WithName("Health");
        app.MapTradeApi();
        app.MapRulesApi();
        app.MapAnalyticsApi();
        app.MapClaimsApi();
        app.MapDashboard();
        return app;
    }
}
