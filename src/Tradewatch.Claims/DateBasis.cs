namespace Tradewatch.Claims;

/// <summary>Where the article's publication date came from (claims.md <c>date_basis</c>).</summary>
public enum DateBasis
{
    Unknown,
    Stated,
    Given,
    Inferred,
}
