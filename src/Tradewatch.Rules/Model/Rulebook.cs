using Tradewatch.Domain;

namespace Tradewatch.Rules.Model;

/// <summary>One rulebook file: a regime or a national instrument.</summary>
public sealed record Rulebook(
    RulebookHeader Header,
    IReadOnlyList<Measure> Measures,
    IReadOnlyList<Exemption> Exemptions,
    IReadOnlyList<ConversionFactor> ConversionFactors,
    IReadOnlyList<Checkpoint> Checkpoints,
    IReadOnlyList<TimelineEvent> Events);

/// <summary>The rulebook's identity and reach.</summary>
public sealed record RulebookHeader(
    string Id,
    string Title,
    string Authority,
    IReadOnlyList<CountryCode> Targets,
    IReadOnlyList<CountryCode>? Jurisdiction,
    string Version,
    HsRevision Revision,
    IReadOnlyList<RulebookSource> Sources,
    string File,
    SourceLocation Location)
{
    /// <summary>True when the measures bind every state (UN); false for a national instrument.</summary>
    public bool AllStates => Jurisdiction is null;

    public bool IsTarget(CountryCode c) => Targets.Contains(c);

    /// <summary>True when the counterpart's trade is bound by this rulebook.</summary>
    public bool Binds(CountryCode counterpart) => Jurisdiction is null || Jurisdiction.Contains(counterpart);
}

/// <summary>A cited source.</summary>
public sealed record RulebookSource(string Id, string Title, string? Url, SourceLocation Location, string YamlPath);

/// <summary>A unit conversion with its alternatives, so results can be shown as a band.</summary>
public sealed record ConversionFactor(string Product, string From, string To, decimal Default, IReadOnlyList<ConversionValue> Values)
{
    public decimal Low => Values.Min(v => v.Value);
    public decimal High => Values.Max(v => v.Value);
}

public sealed record ConversionValue(decimal Value, string Source, FactStatus Status);

/// <summary>A row of the fact sheet's timeline table: which measures are and are not in force on a date.</summary>
public sealed record Checkpoint(DateOnly Date, IReadOnlyList<string> InForce, IReadOnlyList<string> NotInForce, SourceLocation Location, string YamlPath);

public sealed record TimelineEvent(DateOnly Date, string Event, FactStatus Status);
