using Tradewatch.Domain;
using Tradewatch.Rules.Model;

namespace Tradewatch.Rules.Loading;

/// <summary>The words a rulebook file may use for each enumerated field (same as the JSON Schema).</summary>
internal static class RuleVocabulary
{
    public const string Format = "tradewatch-rulebook/1";

    public static readonly IReadOnlyDictionary<string, FactStatus> Status = new Dictionary<string, FactStatus>(StringComparer.Ordinal)
    {
        ["confirmed"] = FactStatus.Confirmed,
        ["partly_confirmed"] = FactStatus.PartlyConfirmed,
        ["unconfirmed"] = FactStatus.Unconfirmed,
    };

    public static readonly IReadOnlyDictionary<string, HsConfidence> Confidence = new Dictionary<string, HsConfidence>(StringComparer.Ordinal)
    {
        ["high"] = HsConfidence.High,
        ["med"] = HsConfidence.Med,
        ["low"] = HsConfidence.Low,
    };

    public static readonly IReadOnlyDictionary<string, MeasureDirection> Direction = new Dictionary<string, MeasureDirection>(StringComparer.Ordinal)
    {
        ["to_target"] = MeasureDirection.ToTarget,
        ["from_target"] = MeasureDirection.FromTarget,
        ["both"] = MeasureDirection.Both,
    };

    public static readonly IReadOnlyDictionary<string, MeasureType> Type = new Dictionary<string, MeasureType>(StringComparer.Ordinal)
    {
        ["ban"] = MeasureType.Ban,
        ["cap"] = MeasureType.Cap,
        ["reporting"] = MeasureType.Reporting,
    };

    public static readonly IReadOnlyDictionary<string, ScopeBasis> Basis = new Dictionary<string, ScopeBasis>(StringComparer.Ordinal)
    {
        ["hs"] = ScopeBasis.Hs,
        ["list"] = ScopeBasis.List,
        ["catch_all"] = ScopeBasis.CatchAll,
        ["activity"] = ScopeBasis.Activity,
    };

    public static readonly IReadOnlyDictionary<string, bool> Covers = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["all"] = false,
        ["part"] = true,
    };

    public static readonly IReadOnlyDictionary<string, CapPeriodKind> PeriodKind = new Dictionary<string, CapPeriodKind>(StringComparer.Ordinal)
    {
        ["calendar_year"] = CapPeriodKind.CalendarYear,
        ["twelve_months"] = CapPeriodKind.TwelveMonths,
        ["quarter"] = CapPeriodKind.Quarter,
        ["fixed"] = CapPeriodKind.Fixed,
    };

    public static readonly IReadOnlyDictionary<string, CapUnit> Unit = new Dictionary<string, CapUnit>(StringComparer.Ordinal)
    {
        ["USD"] = CapUnit.Usd,
        ["t"] = CapUnit.Tonnes,
        ["barrels"] = CapUnit.Barrels,
        ["same_as_baseline"] = CapUnit.SameAsBaseline,
    };

    public static readonly IReadOnlyDictionary<string, CapCombine> Combine = new Dictionary<string, CapCombine>(StringComparer.Ordinal)
    {
        ["whichever_is_lower"] = CapCombine.WhicheverIsLower,
        ["equivalent_units"] = CapCombine.EquivalentUnits,
    };

    public static readonly IReadOnlyDictionary<string, string> CapBasis = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["all_states_combined"] = "all_states_combined",
        ["per_supplying_state"] = "per_supplying_state",
    };

    public static readonly IReadOnlyDictionary<string, Detectability> Detectable = new Dictionary<string, Detectability>(StringComparer.Ordinal)
    {
        ["yes"] = Detectability.Yes,
        ["partly"] = Detectability.Partly,
        ["no"] = Detectability.No,
    };

    public static readonly IReadOnlyDictionary<string, ExemptionTest> Test = new Dictionary<string, ExemptionTest>(StringComparer.Ordinal)
    {
        ["origin_not_target"] = ExemptionTest.OriginNotTarget,
        ["wind_down"] = ExemptionTest.WindDown,
    };

    public static readonly IReadOnlyDictionary<string, HsRevision> Revision = HsRevisions.All.ToDictionary(r => r.Name(), r => r, StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, string> ConversionUnit = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["t"] = "t",
        ["barrels"] = "barrels",
        ["kilolitres"] = "kilolitres",
    };
}
