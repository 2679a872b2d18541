using System.Text.Json;
using Tradewatch.Bench.ClaimsScore;
using Tradewatch.Claims.Intake;

namespace Tradewatch.Claims.Tests.Support;

/// <summary>The real articles and gold annotations copied into Fixtures/articles (see SOURCES.md there).</summary>
internal static class GoldArticles
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "articles");

    public static IEnumerable<string> Names =>
        Directory.GetFiles(Folder, "*.gold.json").Select(f => Path.GetFileName(f)[..^".gold.json".Length]).Order(StringComparer.Ordinal);

    public static JsonDocument Gold(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".gold.json")));

    public static ClaimsDocument Checked(string name) =>
        ClaimChecker.Default.Check(ClaimExtractor.Default.Extract(ArticleReader.ReadFile(Path.Combine(Folder, name + ".txt"))));

    /// <summary>
    /// Greedy one-to-one matching in gold order (the bench's <see cref="Matcher"/>), on the JSON the extractor
    /// writes: gold index → claim.
    /// </summary>
    public static Dictionary<int, Claim> Match(JsonDocument gold, IReadOnlyList<Claim> claims)
    {
        var document = new ClaimsDocument(new Article(""), claims, []);
        using var json = JsonDocument.Parse(Json.ClaimsJson.Serialize(document));
        var predicted = json.RootElement.GetProperty("claims").EnumerateArray().Select(ScoredClaim.Read).ToList();
        var goldClaims = gold.RootElement.GetProperty("claims").EnumerateArray().Select(ScoredClaim.Read).ToList();
        var byId = claims.ToDictionary(c => c.Id);
        return Matcher.Match(goldClaims, predicted).ToDictionary(m => m.Key, m => byId[m.Value]);
    }
}
