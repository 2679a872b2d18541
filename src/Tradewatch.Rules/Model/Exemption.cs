using Tradewatch.Domain;

namespace Tradewatch.Rules.Model;

/// <summary>An exemption from one or more measures, with whether trade data can show it holds.</summary>
public sealed record Exemption
{
    public required string Id { get; init; }
    public string? Name { get; init; }

    /// <summary>True for exemptions that apply to every measure of the rulebook set (e.g. humanitarian).</summary>
    public bool AppliesToAll { get; init; }

    public IReadOnlyList<ExemptionTarget> AppliesTo { get; init; } = [];

    /// <summary>When non-empty, the exemption covers only goods within these selectors.</summary>
    public IReadOnlyList<HsSelector> Hs { get; init; } = [];

    public required string Condition { get; init; }
    public Citation? Citation { get; init; }
    public required FactStatus Status { get; init; }
    public required Detectability Detectable { get; init; }
    public required string How { get; init; }
    public ExemptionTest Test { get; init; }
    public required RulebookHeader Rulebook { get; init; }
    public required SourceLocation Location { get; init; }
    public required string YamlPath { get; init; }

    /// <summary>The target entry for a measure, or null when the exemption does not name it.</summary>
    public ExemptionTarget? TargetFor(string measureId) =>
        AppliesToAll
            ? new ExemptionTarget(measureId, null, Location, YamlPath)
            : AppliesTo.FirstOrDefault(t => string.Equals(t.MeasureId, measureId, StringComparison.Ordinal));
}

/// <summary>A measure an exemption names, with the status of that link when it differs from the exemption's.</summary>
public sealed record ExemptionTarget(string MeasureId, FactStatus? Status, SourceLocation Location, string YamlPath);
