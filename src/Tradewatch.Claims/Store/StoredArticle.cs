namespace Tradewatch.Claims.Store;

/// <summary>An article as the claims store holds it: its id, text hash, when it was last checked, and its checked document.</summary>
public sealed record StoredArticle(int Id, string Sha256, DateTime CheckedAt, ClaimsDocument Document);

/// <summary>Everything in the claims store: articles in id order and the checks across them.</summary>
/// <remarks><see cref="ClaimCheck.Documents"/> of a cross check holds article ids.</remarks>
public sealed record StoredClaims(IReadOnlyList<StoredArticle> Articles, IReadOnlyList<ClaimCheck> CrossChecks);
