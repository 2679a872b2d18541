using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Tradewatch.Claims;
using Tradewatch.Claims.Checks;
using Tradewatch.Claims.Intake;
using Tradewatch.Claims.Json;

namespace Tradewatch.Web.Apis;

/// <summary>
/// /api/claims: the loaded articles' claims; /api/claims/extract: extract and check posted text (read-only);
/// /api/articles: add an article (a write: needs the API key given at start-up).
/// </summary>
internal static class ClaimsApi
{
    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/claims", List).WithName("Claims").WithSummary("Claims documents of the loaded articles");
        app.MapPost("/api/claims/extract", Extract).WithName("ExtractClaims").WithSummary("Extract and check the claims of posted article text (text/plain or text/html)");
        app.MapPost("/api/claims/check", Check).WithName("CheckClaims").WithSummary("Extract the claims of posted text and check them, including against the ledger");
        app.MapPost("/api/articles", Upload).WithName("UploadArticle").WithSummary("Add an article (needs X-Api-Key)").DisableAntiforgery();
        return app;
    }

    public static IResult List(Workspace workspace) =>
        Results.Text(ClaimsJson.Serialize(workspace.Articles, ClaimChecker.Default.CrossCheck(workspace.Articles)), "application/json");

    public static async Task<IResult> Extract(HttpRequest request)
    {
        var text = await ReadBody(request).ConfigureAwait(false);
        if (text is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["expected article text (text/plain or text/html), found none"] });
        }
        var document = ClaimChecker.Default.Check(ClaimExtractor.Default.Extract(ArticleReader.FromText(text, "posted")));
        return Results.Text(ClaimsJson.Serialize(document), "application/json");
    }

    public static async Task<IResult> Check(HttpRequest request, StoreAccess access)
    {
        var text = await ReadBody(request).ConfigureAwait(false);
        if (text is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["expected article text (text/plain or text/html), found none"] });
        }
        var document = ClaimExtractor.Default.Extract(ArticleReader.FromText(text, "posted"));
        var checkedDocument = await access.RunAsync(store => ClaimChecker.Default.WithLedger(new Tradewatch.Claims.Ledger.LedgerClaimCheck(store)).Check(document)).ConfigureAwait(false);
        return Results.Text(ClaimsJson.Serialize(checkedDocument), "application/json");
    }

    public static async Task<IResult> Upload(HttpRequest request, Workspace workspace, WebOptions options)
    {
        if (!ApiKey.Allows(request, options))
        {
            return TypedResults.Problem("article upload needs the API key given to 'tradewatch serve --api-key' (header X-Api-Key or form field api_key)", statusCode: StatusCodes.Status401Unauthorized);
        }
        string? text;
        string name = "uploaded";
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync().ConfigureAwait(false);
            text = form["text"].ToString();
            if (form.Files.GetFile("file") is { } file)
            {
                using var stream = file.OpenReadStream();
                using var reader = new StreamReader(stream);
                text = await reader.ReadToEndAsync().ConfigureAwait(false);
                name = Path.GetFileName(file.FileName);
            }
        }
        else
        {
            text = await ReadBody(request).ConfigureAwait(false);
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["expected article text, found none"] });
        }
        var document = ClaimChecker.Default.Check(ClaimExtractor.Default.Extract(ArticleReader.FromText(text, name)));
        var id = workspace.Add(document);
        return request.HasFormContentType
            ? Results.Redirect($"/articles/{id}")
            : Results.Created($"/articles/{id}", new { id, claims = document.Claims.Count });
    }

    private static async Task<string?> ReadBody(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync().ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }
}

/// <summary>Compares the key in constant time; no key configured means writes are off.</summary>
internal static class ApiKey
{
    public static bool Allows(HttpRequest request, WebOptions options)
    {
        if (options.ApiKey is not { Length: > 0 } expected)
        {
            return false;
        }
        var given = request.Headers["X-Api-Key"].ToString();
        if (given.Length == 0 && request.HasFormContentType)
        {
            given = request.Form["api_key"].ToString();
        }
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(given), System.Text.Encoding.UTF8.GetBytes(expected));
    }
}
