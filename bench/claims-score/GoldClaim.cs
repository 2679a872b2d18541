using System.Globalization;
using System.Text.Json;

namespace Tradewatch.Bench.ClaimsScore;

/// <summary>The scored fields of one claim, read from gold or predicted JSON alike (same schema).</summary>
internal sealed record ScoredClaim(int Id, string Kind, string? Flow, string? From, string? To, decimal? Value, string? Unit,
    string? PeriodStart, string? PeriodEnd, string? Source, string Quote)
{
    public static ScoredClaim Read(JsonElement e) => new(
        e.TryGetProperty("index", out var idx) ? idx.GetInt32() : e.GetProperty("id").GetInt32(),
        e.GetProperty("kind").GetString() ?? "",
        Str(e, "flow"), Str(e, "from"), Str(e, "to"),
        e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : null,
        Str(e, "unit"),
        e.TryGetProperty("period", out var p) && p.ValueKind == JsonValueKind.Object ? p.GetProperty("start").GetString() : null,
        e.TryGetProperty("period", out var p2) && p2.ValueKind == JsonValueKind.Object ? p2.GetProperty("end").GetString() : null,
        Str(e, "source"),
        Str(e, "quote") ?? "");

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public string PeriodText => PeriodStart is null ? "-" : $"{PeriodStart}..{PeriodEnd}";

    public override string ToString() =>
        $"#{Id} {Kind} {Value?.ToString(CultureInfo.InvariantCulture) ?? "null"} {Unit} {From ?? "-"}->{To ?? "-"} {PeriodText} [{Source}] \"{Quote}\"";
}

internal sealed record ScoredCheck(IReadOnlyList<int> Claims, string Verdict)
{
    public static ScoredCheck Read(JsonElement e) =>
        new(e.GetProperty("claims").EnumerateArray().Select(x => x.GetInt32()).ToList(), e.GetProperty("verdict").GetString() ?? "");
}
