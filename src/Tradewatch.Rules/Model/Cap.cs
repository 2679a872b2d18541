namespace Tradewatch.Rules.Model;

/// <summary>One cap of a measure: a counting period and one or two limits.</summary>
public sealed record Cap(
    CapPeriod? Period,
    string? Basis,
    CapCombine? Combine,
    IReadOnlyList<CapLimit> Limits,
    decimal? StopAtShare,
    bool NeverInForce,
    FactStatus Status,
    string? Note,
    Tradewatch.Domain.SourceLocation Location,
    string YamlPath);

/// <summary>How a cap's quantity is counted over time.</summary>
public sealed record CapPeriod(CapPeriodKind Kind, DateOnly Start, DateOnly? End)
{
    /// <summary>The counting window containing <paramref name="date"/>, or null when the date is outside every window.</summary>
    public (DateOnly Start, DateOnly End)? WindowContaining(DateOnly date)
    {
        if (date < Start || (End is { } end && date > end))
        {
            return null;
        }
        return Kind switch
        {
            CapPeriodKind.Fixed => (Start, End ?? DateOnly.MaxValue),
            CapPeriodKind.CalendarYear => (new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 12, 31)),
            CapPeriodKind.Quarter => QuarterOf(date),
            _ => TwelveMonthsOf(date),
        };
    }

    private static (DateOnly, DateOnly) QuarterOf(DateOnly date)
    {
        var first = new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1);
        return (first, first.AddMonths(3).AddDays(-1));
    }

    private (DateOnly, DateOnly) TwelveMonthsOf(DateOnly date)
    {
        var years = date.Year - Start.Year;
        var start = Start.AddYears(years);
        if (start > date)
        {
            start = start.AddYears(-1);
        }
        return (start, start.AddYears(1).AddDays(-1));
    }

    /// <summary>Human text: <c>calendar year from 2018-01-01</c>.</summary>
    public string Text => Kind switch
    {
        CapPeriodKind.Fixed => $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}",
        CapPeriodKind.CalendarYear => "calendar year" + (End is { } e ? $" {Start:yyyy-MM-dd}..{e:yyyy-MM-dd}" : $" from {Start:yyyy-MM-dd}"),
        CapPeriodKind.Quarter => $"quarter from {Start:yyyy-MM-dd}",
        _ => $"12 months from {Start:yyyy-MM-dd}",
    };
}

/// <summary>One limit: a number in a unit, or a baseline quantity.</summary>
public sealed record CapLimit(decimal? Amount, string? Baseline, CapUnit? Unit, FactStatus Status, string? Note);
