using Tradewatch.Rules.Model;

namespace Tradewatch.Rules.Matching;

/// <summary>A measure that holds for a flow, with why.</summary>
public sealed record MeasureMatch(
    Measure Measure,
    MatchStatus Status,
    Exemption? Exemption,
    MatchCoverage Coverage,
    HsSelector Selector,
    MeasureDirection FlowDirection,
    string Reason,
    IReadOnlyList<Exemption> PossibleExemptions)
{
    /// <summary>A list-based measure: HS only pre-filters, the item itself needs review.</summary>
    public bool NeedsItemReview => Measure.Scope.Basis == ScopeBasis.List;

    /// <summary>The cap whose counting window contains the flow's date, if the measure is a cap.</summary>
    public Cap? ActiveCap { get; init; }
}
