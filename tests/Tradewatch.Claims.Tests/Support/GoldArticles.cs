using System.Text.Json;
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

    /// <summary>The matching rule of contracts/claims.md (kind, unit, value within 0.5% or 0.05 points, period, sides).</summary>
    public static bool Matches(JsonElement gold, Claim c)
    {
        if (gold.GetProperty("kind").GetString() != Json.ClaimsJson.KindName(c.Kind)
            || !string.Equals(Str(gold, "unit"), c.Unit, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (gold.GetProperty("value").ValueKind == JsonValueKind.Number)
        {
            var g = gold.GetProperty("value").GetDecimal();
            var tolerance = c.Unit == "percent" ? 0.05m : Math.Abs(g) * 0.005m;
            if (c.Value is not { } v || Math.Abs(v - g) > tolerance)
            {
                return false;
            }
        }
        else if (c.Value is not null)
        {
            return false;
        }
        if (gold.GetProperty("period") is { ValueKind: JsonValueKind.Object } p
            && (c.Period is not { } cp || cp.Start.ToString() != p.GetProperty("start").GetString() || cp.End.ToString() != p.GetProperty("end").GetString()))
        {
            return false;
        }
        var from = Str(gold, "from");
        var to = Str(gold, "to");
        if (Str(gold, "flow") == "total_trade")
        {
            string?[] set = [c.From?.Alpha3, c.To?.Alpha3];
            return (from is null || set.Contains(from)) && (to is null || set.Contains(to));
        }
        return (from is null || from == c.From?.Alpha3) && (to is null || to == c.To?.Alpha3);
    }

    /// <summary>Greedy one-to-one matching in gold order: gold index → claim.</summary>
    public static Dictionary<int, Claim> Match(JsonDocument gold, IReadOnlyList<Claim> claims)
    {
        var used = new HashSet<int>();
        var result = new Dictionary<int, Claim>();
        foreach (var g in gold.RootElement.GetProperty("claims").EnumerateArray())
        {
            var hit = claims.FirstOrDefault(c => !used.Contains(c.Id) && Matches(g, c));
            if (hit is not null)
            {
                used.Add(hit.Id);
                result[g.GetProperty("index").GetInt32()] = hit;
            }
        }
        return result;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
