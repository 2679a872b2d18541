namespace Tradewatch.Claims;

/// <summary>A check of an article's own claims against each other (arithmetic, periods, restatements).</summary>
public interface IClaimCheck
{
    IEnumerable<ClaimCheck> Check(ClaimsDocument document);
}
