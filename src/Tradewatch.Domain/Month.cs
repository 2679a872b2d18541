using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Tradewatch.Domain;

/// <summary>A calendar month, the smallest unit of trade statistics. Text form <c>YYYY-MM</c>.</summary>
public readonly struct Month : IEquatable<Month>, IComparable<Month>, ISpanParsable<Month>
{
    /// <summary>Earliest year accepted; trade statistics start well after this.</summary>
    public const int MinYear = 1900;

    /// <summary>Latest year accepted.</summary>
    public const int MaxYear = 2199;

    // Months since January of year 0: contiguous, so arithmetic and ordering are integer operations.
    private readonly int _index;

    private Month(int index) => _index = index;

    /// <summary>The year.</summary>
    public int Year => _index / 12;

    /// <summary>The month of the year, 1–12.</summary>
    public int Number => (_index % 12) + 1;

    /// <summary>Months since January of year 0.</summary>
    public int Index => _index;

    /// <summary>Creates a month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Year outside 1900–2199 or month outside 1–12.</exception>
    public static Month Of(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new Month((year * 12) + month - 1);
    }

    /// <summary>The month containing <paramref name="date"/>.</summary>
    public static Month Containing(DateOnly date) => Of(date.Year, date.Month);

    /// <summary>The month <paramref name="months"/> later (or earlier when negative).</summary>
    public Month AddMonths(int months)
    {
        var index = _index + months;
        var year = index / 12;
        return year is < MinYear or > MaxYear ? throw new ArgumentOutOfRangeException(nameof(months)) : new Month(index);
    }

    /// <summary>Number of months from this month to <paramref name="other"/> (positive when other is later).</summary>
    public int MonthsUntil(Month other) => other._index - _index;

    /// <summary>The first day.</summary>
    public DateOnly FirstDay => new(Year, Number, 1);

    /// <summary>The last day.</summary>
    public DateOnly LastDay => new(Year, Number, DateTime.DaysInMonth(Year, Number));

    /// <summary>Number of days in the month.</summary>
    public int DayCount => DateTime.DaysInMonth(Year, Number);

    /// <summary>The quarter, 1–4.</summary>
    public int Quarter => ((Number - 1) / 3) + 1;

    /// <summary><c>YYYY-MM</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Number:D2}");

    /// <summary>Parses <c>YYYY-MM</c>.</summary>
    /// <exception cref="FormatException">Not a month.</exception>
    public static Month Parse(string s) => Parse(s, null);

    /// <inheritdoc/>
    public static Month Parse(string s, IFormatProvider? provider) =>
        TryParse(s, provider, out var m) ? m : throw new FormatException(ErrorMessages.Expected(ErrorMessages.Month, s));

    /// <inheritdoc/>
    public static Month Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString(), provider);

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Month result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <inheritdoc/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Month result)
    {
        result = default;
        s = s.Trim();
        if (s.Length != 7 || s[4] != '-'
            || !int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(s[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year is < MinYear or > MaxYear || month is < 1 or > 12)
        {
            return false;
        }
        result = Of(year, month);
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(Month other) => _index == other._index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Month other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _index;

    /// <inheritdoc/>
    public int CompareTo(Month other) => _index.CompareTo(other._index);

    public static bool operator ==(Month left, Month right) => left.Equals(right);
    public static bool operator !=(Month left, Month right) => !left.Equals(right);
    public static bool operator <(Month left, Month right) => left._index < right._index;
    public static bool operator >(Month left, Month right) => left._index > right._index;
    public static bool operator <=(Month left, Month right) => left._index <= right._index;
    public static bool operator >=(Month left, Month right) => left._index >= right._index;
}
