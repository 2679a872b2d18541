namespace Tradewatch.Claims;

/// <summary>Trade direction a claim is about (claims.md <c>flow</c>).</summary>
public enum ClaimFlow
{
    Exports,
    Imports,
    TotalTrade,
    Turnover,
}
