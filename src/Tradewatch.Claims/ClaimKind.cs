namespace Tradewatch.Claims;

/// <summary>What a claim's number measures (claims.md <c>kind</c>).</summary>
public enum ClaimKind
{
    TradeValue,
    TradeQuantity,
    GrowthRate,
    Share,
    Count,
    DebtOrInvestment,
    Other,
}
