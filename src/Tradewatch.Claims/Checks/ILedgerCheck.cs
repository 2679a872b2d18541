namespace Tradewatch.Claims;

/// <summary>
/// Checks one claim against trade statistics held elsewhere (the ledger). Implemented outside this project,
/// which has no database; returns null when the ledger has nothing for the claim's flow, period and scope.
/// </summary>
public interface ILedgerCheck
{
    ClaimCheck? Check(Claim claim, Article article);
}
