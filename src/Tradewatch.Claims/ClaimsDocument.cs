namespace Tradewatch.Claims;

/// <summary>The claims document of claims.md: one article, its claims and the checks on them.</summary>
public sealed record ClaimsDocument(Article Article, IReadOnlyList<Claim> Claims, IReadOnlyList<ClaimCheck> Checks)
{
    public ClaimsDocument WithChecks(IReadOnlyList<ClaimCheck> checks) => this with { Checks = checks };
}
