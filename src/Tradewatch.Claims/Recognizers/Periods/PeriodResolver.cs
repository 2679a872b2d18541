using System.Text.RegularExpressions;
using Tradewatch.Claims.Intake;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Recognizers.Periods;

/// <summary>Turns period phrases into <see cref="Period"/>s using the article date for "this year", bare months, etc.</summary>
internal sealed class PeriodResolver(DateOnly? articleDate)
{
    private int? ArticleYear => articleDate?.Year;

    public PeriodMention? Range(string m1, string m2, int? y1, int? y2, string? rel)
    {
        var a = MonthNames.Parse(m1);
        var b = MonthNames.Parse(m2);
        var yearEnd = y2 ?? RelativeYear(rel) ?? ResolveMonthYear(b);
        var yearStart = y1 ?? (a <= b ? yearEnd : yearEnd - 1);
        if (a == 0 || b == 0 || yearStart is null || yearEnd is null)
        {
            return Unresolved(m1, a, b);
        }
        return Make(Month.Of(yearStart.Value, a), Month.Of(yearEnd.Value, b));
    }

    public PeriodMention? FirstMonths(int n, int? year, string? rel)
    {
        var y = year ?? RelativeYear(rel, lastMonth: n) ?? YearEndingBy(n);
        return y is { } yy ? Make(Month.Of(yy, 1), Month.Of(yy, n)) : null;
    }

    public PeriodMention? Quarter(int q, int? year, string? rel)
    {
        var y = year ?? RelativeYear(rel, lastMonth: q * 3) ?? YearEndingBy(q * 3);
        return y is { } yy && Valid(yy) ? new PeriodMention(default, Period.Quarter(yy, q), PeriodRelation.Absolute, PeriodRole.Main) : null;
    }

    public PeriodMention? Half(int h, int? year, string? rel)
    {
        var y = year ?? RelativeYear(rel, lastMonth: h * 6) ?? YearEndingBy(h * 6);
        return y is { } yy ? Make(Month.Of(yy, h == 1 ? 1 : 7), Month.Of(yy, h == 1 ? 6 : 12)) : null;
    }

    public PeriodMention? YearToDate(int? year)
    {
        if (articleDate is not { } d)
        {
            return null;
        }
        var y = year ?? d.Year;
        return Make(Month.Of(y, 1), y == d.Year ? Month.Of(y, d.Month) : Month.Of(y, 12));
    }

    public PeriodMention? ThroughMonth(string month, int? year)
    {
        var n = MonthNames.Parse(month);
        var y = year ?? ResolveMonthYear(n);
        return n > 0 && y is { } yy ? Make(Month.Of(yy, 1), Month.Of(yy, n)) : null;
    }

    public PeriodMention? Years(string first, string last)
    {
        var a = int.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
        var b = int.Parse(last, System.Globalization.CultureInfo.InvariantCulture);
        if (last.Length == 2)
        {
            b += a / 100 * 100;
        }
        return b > a && b - a < 50 && Valid(a) && Valid(b) ? new PeriodMention(default, Period.Years(a, b), PeriodRelation.Absolute, PeriodRole.Main) : null;
    }

    public PeriodMention? MonthOf(string month, int? year, string? rel, TextSpan? span = null)
    {
        var n = MonthNames.Parse(month);
        var y = year ?? RelativeYear(rel) ?? ResolveMonthYear(n);
        if (n == 0)
        {
            return null;
        }
        if (y is not { } yy || !Valid(yy))
        {
            return new PeriodMention(span ?? default, null, PeriodRelation.Absolute, PeriodRole.Main);
        }
        return new PeriodMention(span ?? default, Period.OfMonth(yy, n), PeriodRelation.Absolute, PeriodRole.Main);
    }

    public PeriodMention LastYear(TextSpan span, bool possessive) =>
        new(span, ArticleYear is { } y && Valid(y - 1) ? Period.Year(y - 1) : null, PeriodRelation.Absolute, possessive ? PeriodRole.Comparison : PeriodRole.Main)
        {
            IsLastYear = true,
        };

    public PeriodMention ThisYear(TextSpan span) =>
        new(span, ArticleYear is { } y && Valid(y) ? Period.Year(y) : null, PeriodRelation.Absolute, PeriodRole.Main);

    public PeriodMention? RelativeMonth(TextSpan span, int offset) =>
        articleDate is { } d ? new PeriodMention(span, Period.Single(Month.Containing(d).AddMonths(offset)), PeriodRelation.Absolute, PeriodRole.Main) : null;

    public PeriodMention? WholeYear(TextSpan span, int year) =>
        Valid(year) ? new PeriodMention(span, Period.Year(year), PeriodRelation.Absolute, PeriodRole.Main) : null;

    /// <summary>
    /// The latest year in which a span ending in <paramref name="lastMonth"/> is over by the article date: an
    /// article of February 2019 means 2018 by "the fourth quarter" or "the first 11 months".
    /// </summary>
    private int? YearEndingBy(int lastMonth) =>
        articleDate is { } d ? (lastMonth <= d.Month ? d.Year : d.Year - 1) : null;

    private int? RelativeYear(string? rel, int lastMonth = 0)
    {
        if (rel is null || ArticleYear is not { } y)
        {
            return null;
        }
        var r = Regex.Replace(rel.ToLowerInvariant(), @"\s+", " ");
        if (r is "the year" && lastMonth > 0)
        {
            return YearEndingBy(lastMonth);
        }
        return r.StartsWith("last", StringComparison.Ordinal) || r.Contains("previous", StringComparison.Ordinal) ? y - 1
            : r.StartsWith("next", StringComparison.Ordinal) ? y + 1
            : y;
    }

    /// <summary>A month named without a year is the latest such month up to the article date.</summary>
    private int? ResolveMonthYear(int month) =>
        articleDate is { } d && month > 0 ? (month <= d.Month ? d.Year : d.Year - 1) : null;

    private static bool Valid(int year) => year is >= Month.MinYear and <= Month.MaxYear;

    private static PeriodMention? Make(Month start, Month end) =>
        end < start ? null : new PeriodMention(default, Period.Between(start, end), PeriodRelation.Absolute, PeriodRole.Main);

    private static PeriodMention? Unresolved(string m1, int a, int b) =>
        a == 0 || b == 0 || m1.Length == 0 ? null : new PeriodMention(default, null, PeriodRelation.Absolute, PeriodRole.Main);
}
