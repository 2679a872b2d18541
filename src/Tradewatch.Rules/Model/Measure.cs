using Tradewatch.Domain;

namespace Tradewatch.Rules.Model;

/// <summary>One sanctions measure: what goods, which direction, from when to when, ban/cap/reporting.</summary>
public sealed record Measure
{
    public required string Id { get; init; }

    /// <summary>The fact sheet's id (M-14), when there is one.</summary>
    public string? Ref { get; init; }

    public required string Title { get; init; }
    public required Citation Citation { get; init; }
    public DateOnly? Adopted { get; init; }

    /// <summary>First day in force; null when no source gives it (the measure then never matches a date).</summary>
    public DateOnly? Effective { get; init; }

    /// <summary>Last day in force, inclusive; null while in force.</summary>
    public DateOnly? Ends { get; init; }

    public FactStatus? DatesStatus { get; init; }
    public string? SupersededBy { get; init; }
    public WindDown? WindDown { get; init; }
    public required MeasureDirection Direction { get; init; }
    public required MeasureType Type { get; init; }
    public required MeasureScope Scope { get; init; }
    public IReadOnlyList<Cap> Caps { get; init; } = [];
    public IReadOnlyList<ReportingDuty> Reporting { get; init; } = [];
    public required FactStatus Status { get; init; }
    public IReadOnlyList<string> Sources { get; init; } = [];
    public string? Notes { get; init; }

    /// <summary>The rulebook this measure belongs to.</summary>
    public required RulebookHeader Rulebook { get; init; }

    public required SourceLocation Location { get; init; }
    public required string YamlPath { get; init; }

    /// <summary>True on the days from <see cref="Effective"/> to <see cref="Ends"/>, both included.</summary>
    public bool InForceOn(DateOnly date) => Effective is { } e && date >= e && (Ends is null || date <= Ends);

    /// <summary>The date window in force, as text: <c>2017-08-05..</c> or <c>2016-03-02..2016-11-29</c>.</summary>
    public string WindowText =>
        Effective is { } e ? $"{e:yyyy-MM-dd}..{(Ends is { } x ? x.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")}" : "effective date unknown";
}

/// <summary>A window after adoption in which goods under earlier contracts may still move.</summary>
public sealed record WindDown(
    DateOnly? ContractsBefore,
    DateOnly Until,
    string? Condition,
    DateOnly? NotifyBy,
    IReadOnlyList<HsSelector> Hs,
    FactStatus Status,
    SourceLocation Location,
    string YamlPath);

/// <summary>Who reports what to whom, how often.</summary>
public sealed record ReportingDuty(string Who, string? To, string? Every, string? What, FactStatus Status);
