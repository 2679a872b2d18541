namespace Tradewatch.Claims;

/// <summary>
/// Checks one claim against trade statistics held elsewhere (the ledger); see <c>Ledger/LedgerClaimCheck.cs</c>.
/// Returns null for claims it does not check (not a checkable flow); a checkable claim the ledger has no rows for gets a
/// <see cref="CheckVerdict.CannotCheck"/> verdict naming what is missing.
/// </summary>
public interface ILedgerCheck
{
    ClaimCheck? Check(Claim claim, Article article);
}
