namespace Tradewatch.Rules.Model;

/// <summary>How well a fact is sourced: the fact sheet's [C], [P] and [U].</summary>
public enum FactStatus
{
    Confirmed,
    PartlyConfirmed,
    Unconfirmed,
}

/// <summary>How reliable an HS mapping is: the fact sheet's HS-HIGH, HS-MED and HS-LOW.</summary>
public enum HsConfidence
{
    High,
    Med,
    Low,
}

/// <summary>Which way goods move relative to the rulebook's target country.</summary>
public enum MeasureDirection
{
    /// <summary>Supply, sale or transfer to the target.</summary>
    ToTarget,

    /// <summary>Procurement from the target (whoever the origin).</summary>
    FromTarget,

    /// <summary>Both ways.</summary>
    Both,
}

/// <summary>What a measure does to the goods in its scope.</summary>
public enum MeasureType
{
    Ban,
    Cap,
    Reporting,
}

/// <summary>What decides whether goods are in scope.</summary>
public enum ScopeBasis
{
    /// <summary>The HS selectors decide.</summary>
    Hs,

    /// <summary>A control list decides; HS (if given) is only a pre-filter.</summary>
    List,

    /// <summary>End use or end user decides (the state's judgement); not keyed on HS.</summary>
    CatchAll,

    /// <summary>Not goods: people, finance, joint ventures.</summary>
    Activity,
}

/// <summary>Whether trade data alone can show that an exemption holds.</summary>
public enum Detectability
{
    Yes,
    Partly,
    No,
}

/// <summary>The machine checks Tradewatch can run for an exemption.</summary>
public enum ExemptionTest
{
    None,

    /// <summary>The flow's declared origin is not a target country.</summary>
    OriginNotTarget,

    /// <summary>The contract predates the cut-off and the flow falls inside the measure's wind-down window.</summary>
    WindDown,
}

/// <summary>Cap counting periods.</summary>
public enum CapPeriodKind
{
    CalendarYear,
    TwelveMonths,
    Quarter,
    Fixed,
}

/// <summary>Units a cap limit is stated in.</summary>
public enum CapUnit
{
    Usd,
    Tonnes,
    Barrels,
    SameAsBaseline,
}

/// <summary>How two limits of one cap relate.</summary>
public enum CapCombine
{
    /// <summary>Two different measures (value and tonnage): the lower one binds.</summary>
    WhicheverIsLower,

    /// <summary>The same cap stated in two units.</summary>
    EquivalentUnits,
}
