namespace Tradewatch.Claims.Ledger;

/// <summary>
/// The goods a claim is about, as the ledger can see them: all goods, an HS code (2, 4 or 6 digits), or a commodity
/// the extractor could not map to a code (the ledger's all-goods figure then bounds it from above, nothing more).
/// </summary>
internal sealed record ClaimGoods(string? Hs, string? Commodity)
{
    public bool IsAll => Hs is null && Commodity is null;

    public static ClaimGoods Of(Claim claim) =>
        claim.Hs is { Length: 2 or 4 or 6 } hs && hs.All(char.IsAsciiDigit) ? new ClaimGoods(hs, claim.Commodity)
        : claim.Commodity is { Length: > 0 } c ? new ClaimGoods(null, c)
        : new ClaimGoods(null, null);

    public override string ToString() =>
        IsAll ? "all goods" : Hs is { } hs ? $"HS {hs}{(Commodity is null ? "" : $" ({Commodity})")}" : $"'{Commodity}' (no HS code)";
}
