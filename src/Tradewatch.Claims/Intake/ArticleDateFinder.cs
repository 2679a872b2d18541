using System.Globalization;
using System.Text.RegularExpressions;

namespace Tradewatch.Claims.Intake;

/// <summary>
/// Finds the publication date in article text: a full date near the top ("Wednesday, October 18, 2017",
/// "July 25, 2017 11:52", "23 November, 2017", "2017-07-25"); failing that, infers one from the text.
/// </summary>
internal static partial class ArticleDateFinder
{
    // Dates later in the text are usually about events, not publication.
    private const int HeadLength = 1500;

    [GeneratedRegex(@"\b(?<y>(19|20)\d\d)-(?<m>0[1-9]|1[0-2])-(?<d>[0-2]\d|3[01])\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<mn>" + MonthNames.Pattern + @")\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<y>(19|20)\d\d)\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)\s+(?<mn>" + MonthNames.Pattern + @"),?\s+(?<y>(19|20)\d\d)\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<mn>" + MonthNames.Pattern + @")\s+(?<d>[0-3]?\d)\b(?!\s*,?\s*(19|20)\d\d)")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<!\b(?:by|until|till|to|through|before)\s)(?<y>(19|20)\d\d)\b(?![-\d])")]
    private static partial Regex PastYear();

    public static DateOnly? FindStated(string text, int from = 0)
    {
        var head = text.AsSpan(from, Math.Min(HeadLength, text.Length - from)).ToString();
        DateOnly? best = null;
        var bestIndex = int.MaxValue;
        foreach (var regex in new[] { IsoDate(), MonthDayYear(), DayMonthYear() })
        {
            var m = regex.Match(head);
            if (m.Success && m.Index < bestIndex && TryDate(m, out var d))
            {
                best = d;
                bestIndex = m.Index;
            }
        }
        return best;
    }

    /// <summary>
    /// A guess for undated text: the year after the latest past year it mentions (news usually reports the
    /// previous year's figures or this year's months), and the latest month-day it mentions in that year.
    /// </summary>
    public static DateOnly? Infer(string text)
    {
        var maxYear = 0;
        foreach (Match m in PastYear().Matches(text))
        {
            maxYear = Math.Max(maxYear, int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));
        }
        if (maxYear == 0)
        {
            return null;
        }
        var year = maxYear + 1;
        DateOnly? latest = null;
        foreach (Match m in MonthDay().Matches(text))
        {
            var month = MonthNames.Parse(m.Groups["mn"].Value);
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (month > 0 && day is >= 1 and <= 31 && day <= DateTime.DaysInMonth(year, month))
            {
                var d = new DateOnly(year, month, day);
                latest = latest is null || d > latest ? d : latest;
            }
        }
        return latest ?? new DateOnly(year, 12, 31);
    }

    private static bool TryDate(Match m, out DateOnly date)
    {
        date = default;
        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = m.Groups["mn"].Success ? MonthNames.Parse(m.Groups["mn"].Value) : int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month == 0 || d < 1 || d > DateTime.DaysInMonth(y, month))
        {
            return false;
        }
        date = new DateOnly(y, month, d);
        return true;
    }
}
