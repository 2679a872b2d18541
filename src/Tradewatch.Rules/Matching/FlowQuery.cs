using Tradewatch.Domain;

namespace Tradewatch.Rules.Matching;

/// <summary>One flow to screen: goods, from whom to whom, on which day.</summary>
/// <param name="Hs">The flow's HS code; its revision (if stated) is reconciled through the correspondence tables.</param>
/// <param name="From">Where the goods move from (the seller's side), whoever reported them.</param>
/// <param name="To">Where the goods move to.</param>
/// <param name="Date">The day of the shipment (or the day being screened).</param>
public sealed record FlowQuery(HsCode Hs, CountryCode From, CountryCode To, DateOnly Date)
{
    /// <summary>Declared country of origin, when known (enables the Rajin-transit test).</summary>
    public CountryCode? Origin { get; init; }

    /// <summary>Date the contract was signed, when known (enables wind-down tests).</summary>
    public DateOnly? ContractDate { get; init; }
}

/// <summary>Whether a measure applies to a flow or an exemption provably lifts it.</summary>
public enum MatchStatus
{
    Applies,
    Exempted,
}

/// <summary>How much of the flow's code the measure covers.</summary>
public enum MatchCoverage
{
    /// <summary>Every good under the flow's code is in scope.</summary>
    Full,

    /// <summary>Only part is: the flow is coarser than the selector, the selector covers part of its code, or the revision mapping is not one-to-one.</summary>
    Partial,
}

/// <summary>Matching switches.</summary>
/// <param name="ConfirmedSelectorsOnly">Ignore HS selectors whose status is unconfirmed.</param>
public sealed record MatchOptions(bool ConfirmedSelectorsOnly = false);
