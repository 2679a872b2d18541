namespace Tradewatch.Claims;

/// <summary>
/// A verdict on one or more claims. <see cref="Claims"/> are claim ids; for cross-document checks
/// <see cref="Documents"/> runs parallel to it and names each claim's document index.
/// </summary>
public sealed record ClaimCheck(IReadOnlyList<int> Claims, CheckVerdict Verdict, string Reason, string Check, string Scope)
{
    public IReadOnlyList<int>? Documents { get; init; }
}
