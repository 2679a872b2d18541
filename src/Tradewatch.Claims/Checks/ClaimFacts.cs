using Tradewatch.Domain;

namespace Tradewatch.Claims.Checks;

/// <summary>Small predicates the checks share: same flow scope, same sides, value claims.</summary>
internal static class ClaimFacts
{
    public static bool IsValue(Claim c) => c.Kind is ClaimKind.TradeValue or ClaimKind.TradeQuantity && c.Value is not null;

    public static bool IsTotal(Claim c) => c.Flow is ClaimFlow.TotalTrade or ClaimFlow.Turnover;

    public static bool SamePair(Claim a, Claim b) =>
        (a.From == b.From && a.To == b.To) || (a.From == b.To && a.To == b.From);

    public static bool SameDirection(Claim a, Claim b) => a.From == b.From && a.To == b.To;

    /// <summary>Same trade: two-way totals between the same pair, or the same direction of the same flow, of the same goods.</summary>
    public static bool SameFlow(Claim a, Claim b) =>
        (IsTotal(a) && IsTotal(b) ? SamePair(a, b) : a.Flow == b.Flow && SameDirection(a, b)) && SameGoods(a, b);

    public static bool SameGoods(Claim a, Claim b) => string.Equals(a.Hs ?? a.Commodity, b.Hs ?? b.Commodity, StringComparison.OrdinalIgnoreCase);

    /// <summary>Goods moving from <paramref name="exporter"/> to <paramref name="importer"/>, whichever side reported.</summary>
    public static bool Moves(Claim c, CountryCode? exporter, CountryCode? importer) =>
        c.Flow is ClaimFlow.Exports or ClaimFlow.Imports && c.From == exporter && c.To == importer;

    public static string PeriodText(Period? p) => p is { } x ? x.ToString() : "no period";

    public static string Label(Claim c) => $"#{c.Id} \"{c.Quote}\"";
}
