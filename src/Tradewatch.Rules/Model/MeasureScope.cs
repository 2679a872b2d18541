using Tradewatch.Domain;

namespace Tradewatch.Rules.Model;

/// <summary>Which goods (or activities) a measure covers.</summary>
public sealed record MeasureScope(
    ScopeBasis Basis,
    HsRevision Revision,
    IReadOnlyList<HsSelector> Include,
    IReadOnlyList<HsSelector> Exclude,
    IReadOnlyList<ControlList> Lists,
    string? Activity,
    IReadOnlyList<ValueThreshold> ValueThresholds)
{
    /// <summary>True when HS codes can say anything about the scope (as the rule or as a pre-filter).</summary>
    public bool IsHsKeyed => (Basis is ScopeBasis.Hs or ScopeBasis.List) && Include.Count > 0;

    public SourceLocation Location { get; init; }
    public string YamlPath { get; init; } = "";

    /// <summary>How many include entries the file wrote (some may have failed to parse and been reported already).</summary>
    public int WrittenIncludeCount { get; init; }
}

/// <summary>A control list that defines a list-based scope.</summary>
public sealed record ControlList(string Name, FactStatus Status);

/// <summary>A value above which goods are covered (luxury items), per unit of sale.</summary>
public sealed record ValueThreshold(string Goods, decimal Above, string Unit, string? Per, FactStatus Status);
