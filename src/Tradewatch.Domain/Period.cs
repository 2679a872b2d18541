using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Tradewatch.Domain;

/// <summary>
/// An inclusive range of whole months: a month, a quarter, a year, Jan–May 2017, or 2015–2019.
/// Two periods are equal when they cover the same months; the text form is chosen from the shape
/// (<c>2017</c>, <c>2017Q1</c>, <c>2017-03</c>, <c>2015..2019</c>, <c>2017-01..2017-05</c>).
/// </summary>
public readonly struct Period : IEquatable<Period>, ISpanParsable<Period>
{
    private Period(Month start, Month end)
    {
        Start = start;
        End = end;
    }

    /// <summary>First month, inclusive.</summary>
    public Month Start { get; }

    /// <summary>Last month, inclusive.</summary>
    public Month End { get; }

    /// <summary>Number of months covered (at least 1).</summary>
    public int MonthCount => Start.MonthsUntil(End) + 1;

    /// <summary>First day of the first month.</summary>
    public DateOnly StartDate => Start.FirstDay;

    /// <summary>Last day of the last month.</summary>
    public DateOnly EndDate => End.LastDay;

    /// <summary>Number of days covered.</summary>
    public int DayCount => EndDate.DayNumber - StartDate.DayNumber + 1;

    /// <summary>True when the period is exactly one calendar year.</summary>
    public bool IsCalendarYear => Start.Number == 1 && End.Number == 12 && Start.Year == End.Year;

    /// <summary>The months covered, in order.</summary>
    public IEnumerable<Month> Months
    {
        get
        {
            for (var m = Start; m <= End; m = m.AddMonths(1))
            {
                yield return m;
            }
        }
    }

    /// <summary>One month.</summary>
    public static Period OfMonth(int year, int month) => Single(Month.Of(year, month));

    /// <summary>One month.</summary>
    public static Period Single(Month month) => new(month, month);

    /// <summary>A calendar quarter, 1–4.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Quarter outside 1–4.</exception>
    public static Period Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = Month.Of(year, ((quarter - 1) * 3) + 1);
        return new Period(start, start.AddMonths(2));
    }

    /// <summary>A calendar year.</summary>
    public static Period Year(int year) => new(Month.Of(year, 1), Month.Of(year, 12));

    /// <summary>Whole calendar years, inclusive.</summary>
    public static Period Years(int firstYear, int lastYear) => Between(Month.Of(firstYear, 1), Month.Of(lastYear, 12));

    /// <summary>An inclusive month range.</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static Period Between(Month start, Month end) =>
        end < start ? throw new ArgumentException($"Period end {end} is before its start {start}.", nameof(end)) : new Period(start, end);

    /// <summary>The smallest period of whole months that contains both dates.</summary>
    public static Period Covering(DateOnly from, DateOnly to) => Between(Month.Containing(from), Month.Containing(to));

    /// <summary>True when <paramref name="month"/> lies in the period.</summary>
    public bool Contains(Month month) => month >= Start && month <= End;

    /// <summary>True when every month of <paramref name="other"/> lies in this period.</summary>
    public bool Contains(Period other) => other.Start >= Start && other.End <= End;

    /// <summary>True when <paramref name="date"/> falls in the period.</summary>
    public bool Contains(DateOnly date) => Contains(Month.Containing(date));

    /// <summary>True when the two periods share at least one month.</summary>
    public bool Overlaps(Period other) => Start <= other.End && other.Start <= End;

    /// <summary>The months both periods cover, or null when they do not overlap.</summary>
    public Period? Intersect(Period other) =>
        Overlaps(other) ? new Period(Start > other.Start ? Start : other.Start, End < other.End ? End : other.End) : null;

    /// <summary>The smallest period covering both (the months between them included).</summary>
    public Period Span(Period other) =>
        new(Start < other.Start ? Start : other.Start, End > other.End ? End : other.End);

    /// <summary>The same months one year earlier ("same period last year").</summary>
    public Period PreviousYear() => new(Start.AddMonths(-12), End.AddMonths(-12));

    /// <summary>Canonical text (see the type's summary).</summary>
    public override string ToString()
    {
        if (Start == End)
        {
            return Start.ToString();
        }
        if (Start.Number == 1 && End.Number == 12)
        {
            return Start.Year == End.Year
                ? Start.Year.ToString("D4", CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}..{End.Year:D4}");
        }
        if (Start.Year == End.Year && MonthCount == 3 && (Start.Number - 1) % 3 == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}Q{Start.Quarter}");
        }
        return $"{Start}..{End}";
    }

    /// <summary>Parses the forms listed in the type's summary.</summary>
    /// <exception cref="FormatException">Not a period.</exception>
    public static Period Parse(string s) => Parse(s, null);

    /// <inheritdoc/>
    public static Period Parse(string s, IFormatProvider? provider) =>
        TryParse(s, provider, out var p) ? p : throw new FormatException(ErrorMessages.Expected(ErrorMessages.Period, s));

    /// <inheritdoc/>
    public static Period Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString(), provider);

    /// <summary>Parses without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out Period result) => TryParse(s.AsSpan(), null, out result);

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Period result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <inheritdoc/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Period result)
    {
        result = default;
        s = s.Trim();
        var dots = s.IndexOf("..", StringComparison.Ordinal);
        if (dots >= 0)
        {
            if (!TryParseSingle(s[..dots], out var first) || !TryParseSingle(s[(dots + 2)..], out var last)
                || last.End < first.Start)
            {
                return false;
            }
            result = new Period(first.Start, last.End);
            return true;
        }
        return TryParseSingle(s, out result);
    }

    private static bool TryParseSingle(ReadOnlySpan<char> s, out Period result)
    {
        result = default;
        s = s.Trim();
        if (s.Length == 4 && TryYear(s, out var year))
        {
            result = Year(year);
            return true;
        }
        if (s.Length == 6 && (s[4] == 'Q' || s[4] == 'q') && TryYear(s[..4], out year) && s[5] is >= '1' and <= '4')
        {
            result = Quarter(year, s[5] - '0');
            return true;
        }
        if (Month.TryParse(s, null, out var month))
        {
            result = Single(month);
            return true;
        }
        return false;
    }

    private static bool TryYear(ReadOnlySpan<char> s, out int year) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= Month.MinYear and <= Month.MaxYear;

    /// <inheritdoc/>
    public bool Equals(Period other) => Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Period other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    public static bool operator ==(Period left, Period right) => left.Equals(right);
    public static bool operator !=(Period left, Period right) => !left.Equals(right);
}
