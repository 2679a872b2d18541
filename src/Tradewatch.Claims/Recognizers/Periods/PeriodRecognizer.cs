using System.Globalization;
using System.Text.RegularExpressions;
using Tradewatch.Claims.Intake;
using Tradewatch.Claims.Recognizers.Amounts;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Recognizers.Periods;

/// <summary>
/// Periods, resolved against the article date: "in 2016", "last year", "the first five months this year",
/// "the January-March quarter", "January–November 2019", "in October", "October last year", "by April",
/// "so far this year", "between January 1 and May 30". Comparison bases ("a year earlier", "compared to 2019",
/// "the same period last year") and event dates ("on July 4", "since 2014") are marked so they are not taken
/// as the period a figure is for.
/// </summary>
internal sealed partial class PeriodRecognizer : IRecognizer
{
    private const string M = MonthNames.Pattern;
    private const string Y = @"(?:19|20)\d\d";
    private const string RelYear = @"(?i:this|last|the|the\s+previous|the\s+current|that)\s+year";

    private delegate PeriodMention? Handler(Match m, PeriodResolver r);

    private static readonly (Regex Regex, Handler Handler)[] s_patterns =
    [
        (new Regex(@"\b(?i:between|from)\s+(?<m1>" + M + @")(?:\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?<y1>" + Y + @"))?\s+(?i:and|to|through|until|till)\s+(?<m2>" + M + @")(?:\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?<y2>" + Y + @"))?(?!\d)", RegexOptions.Compiled),
            (m, r) => r.Range(m.Groups["m1"].Value, m.Groups["m2"].Value, Year(m, "y1") ?? Year(m, "y2"), Year(m, "y2"), null)),
        (new Regex(@"\b(?<m1>" + M + @")\s*[-–—/]\s*(?<m2>" + M + @")(?:\s+(?i:period|quarter))?(?:,?\s+(?<y>" + Y + @")|\s+(?i:of\s+)?(?<rel>" + RelYear + @"))?", RegexOptions.Compiled),
            (m, r) => r.Range(m.Groups["m1"].Value, m.Groups["m2"].Value, Year(m, "y"), Year(m, "y"), Rel(m))),
        (new Regex(@"\b(?i:the\s+)?(?i:first|initial|opening)\s+(?<n>" + NumberText.NumeralWords + @")\s+(?i:months)(?:\s+(?i:of\s+)?(?:(?<y>" + Y + @")|(?<rel>" + RelYear + @")))?", RegexOptions.Compiled),
            (m, r) => NumberText.TryParse(m.Groups["n"].Value, out var n) && n is >= 1 and <= 12 ? r.FirstMonths((int)n, Year(m, "y"), Rel(m)) : null),
        (new Regex(@"\b(?i:the\s+)?(?<ord>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))\s+(?i:quarter)(?:\s+(?i:of\s+)?(?:(?<y>" + Y + @")|(?<rel>" + RelYear + @")))?", RegexOptions.Compiled),
            (m, r) => r.Quarter(Ordinal(m.Groups["ord"].Value), Year(m, "y"), Rel(m))),
        (new Regex(@"\b(?:Q(?<q>[1-4])\s*(?<y>" + Y + @")?|(?<y>" + Y + @")\s*Q(?<q>[1-4]))\b", RegexOptions.Compiled),
            (m, r) => r.Quarter(m.Groups["q"].Value[0] - '0', Year(m, "y"), null)),
        (new Regex(@"\b(?i:the\s+)?(?<ord>(?i:first|second))\s+(?i:half)(?:\s+(?i:of\s+)?(?:(?<y>" + Y + @")|(?<rel>" + RelYear + @")))?", RegexOptions.Compiled),
            (m, r) => r.Half(Ordinal(m.Groups["ord"].Value), Year(m, "y"), Rel(m))),
        (new Regex(@"\b(?i:so\s+far\s+this\s+year|this\s+year\s+so\s+far|so\s+far\s+in\s+(?<y>" + Y + @")|year[\s-]to[\s-]date)\b", RegexOptions.Compiled),
            (m, r) => r.YearToDate(Year(m, "y"))),
        (new Regex(@"\b(?i:by|through|thru|as\s+of|until|till|up\s+to|to\s+the\s+end\s+of|by\s+the\s+end\s+of)\s+(?<m>" + M + @")(?:\s+(?<d>\d{1,2})\b)?(?:,?\s+(?<y>" + Y + @"))?", RegexOptions.Compiled),
            (m, r) => r.ThroughMonth(m.Groups["m"].Value, Year(m, "y"))),
        (new Regex(@"\b(?i:from|between)\s+(?<y1>" + Y + @")\s+(?i:to|and|through|until|till)\s+(?<y2>" + Y + @")\b|\b(?<y1>" + Y + @")\s*[-–]\s*(?<y2>" + Y + @"|\d\d)\b", RegexOptions.Compiled),
            (m, r) => r.Years(m.Groups["y1"].Value, m.Groups["y2"].Value)),
        (new Regex(@"\b(?i:since|going\s+back\s+to|back\s+to)\s+(?:(?i:early|late|mid-?)\s*)?(?:(?<m>" + M + @")(?:\s+\d{1,2}\b)?(?:,?\s+(?<y>" + Y + @"))?|(?<y>" + Y + @"))|\b(?i:until|till|before|prior\s+to)\s+(?:(?i:early|late|mid-?)\s*)?(?<y>" + Y + @")\b", RegexOptions.Compiled),
            (m, r) => new PeriodMention(Span(m), null, PeriodRelation.Absolute, PeriodRole.Ignore)),
        (new Regex(@"\b(?<m>" + M + @")\s+(?<rel>(?i:this|last|next)\s+year)\b", RegexOptions.Compiled),
            (m, r) => r.MonthOf(m.Groups["m"].Value, null, Rel(m))),
        (new Regex(@"\b(?<m>" + M + @")(?:\s+of)?\s+(?<y>" + Y + @")\b", RegexOptions.Compiled),
            (m, r) => r.MonthOf(m.Groups["m"].Value, Year(m, "y"), null)),
        (new Regex(@"\b(?<m>" + M + @")\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per\s?cent|tons?|tonnes?|barrels?|million|billion))(?:,?\s+(?<y>" + Y + @"))?|\b[0-3]?\d\s+(?<m>" + M + @")(?:,?\s+(?<y>" + Y + @"))?", RegexOptions.Compiled),
            (m, r) => new PeriodMention(Span(m), null, PeriodRelation.Absolute, PeriodRole.Ignore)),
        (new Regex(@"\b(?i:the\s+same\s+(?:period|months?|quarter)\s+(?:(?:of|in)\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+previous\s+year|the\s+prior\s+year))\b", RegexOptions.Compiled),
            (m, r) => new PeriodMention(Span(m), null, PeriodRelation.YearBeforeMain, PeriodRole.Comparison)),
        (new Regex(@"\b(?i:(?:from\s+)?a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year(?:['’]s)?|the\s+year\s+before|(?:year[\s-])?on[\s-]year|year[\s-]over[\s-]year)(?!\w)", RegexOptions.Compiled),
            (m, r) => new PeriodMention(Span(m), null, PeriodRelation.YearBeforeMain, PeriodRole.Comparison)),
        (new Regex(@"\b(?i:(?:during|over|in|for)\s+the\s+(?:cited|same|said|above|reporting)\s+period)\b(?!\s+(?:last|a\s+year|of|in|the\s+previous|the\s+prior))", RegexOptions.Compiled),
            (m, r) => new PeriodMention(Span(m), null, PeriodRelation.SameAsMain, PeriodRole.Main)),
        (new Regex(@"\b(?i:last\s+year(?<pos>['’]s)?)", RegexOptions.Compiled),
            (m, r) => r.LastYear(Span(m), m.Groups["pos"].Success)),
        (new Regex(@"\b(?i:this\s+year|the\s+current\s+year|(?:through|throughout|for)\s+the\s+(?:whole\s+|full\s+|entire\s+)?year|the\s+(?:whole|full|entire)\s+year)\b", RegexOptions.Compiled),
            (m, r) => r.ThisYear(Span(m))),
        (new Regex(@"\b(?i:(?<w>last|this)\s+month)\b", RegexOptions.Compiled),
            (m, r) => r.RelativeMonth(Span(m), m.Groups["w"].Value.Equals("last", StringComparison.OrdinalIgnoreCase) ? -1 : 0)),
        (new Regex(@"(?<![\w$.,-])(?<y>" + Y + @")(?![\w%]|[-–]\d|,\d|\.\d)", RegexOptions.Compiled),
            (m, r) => r.WholeYear(Span(m), int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture))),
        (new Regex(@"(?<pre>\b(?i:in|of|by|from|to|and|since|until|through|during|for)\s+|,\s*|[-–]\s*)?\b(?<m>" + M + @")(?![\w-])", RegexOptions.Compiled),
            (m, r) => m.Groups["m"].Value == "May" && !m.Groups["pre"].Success ? null : r.MonthOf(m.Groups["m"].Value, null, null, Span(m.Groups["m"]))),
    ];

    [GeneratedRegex(@"(?:\bfrom|\bcompared\s+(?:with|to)|\bthan(?:\s+(?:in|during))?|\bversus|\bvs\.?|\bagainst|\bover)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonBefore();

    public void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        var resolver = new PeriodResolver(context.Article.Date);
        var found = new List<PeriodMention>();
        foreach (var (regex, handler) in s_patterns)
        {
            foreach (Match m in regex.Matches(text))
            {
                if (m.Length > 0 && Handle(handler, m, resolver) is { } mention)
                {
                    found.Add(mention.Span.Length == 0 ? mention with { Span = Span(m) } : mention);
                }
            }
        }
        // Longest match wins where patterns overlap ("October last year" over "October" and "last year").
        found.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        var lastEnd = -1;
        foreach (var mention in found)
        {
            if (mention.Span.Start < lastEnd)
            {
                continue;
            }
            lastEnd = mention.Span.End;
            var before = text[Math.Max(0, mention.Span.Start - 16)..mention.Span.Start];
            var adjusted = mention.Role == PeriodRole.Main && ComparisonBefore().IsMatch(before)
                ? mention with { Role = PeriodRole.Comparison }
                : mention;
            context.Add(adjusted);
        }
    }

    // Article text is untrusted: a year at the edge of the supported range must not stop extraction.
    private static PeriodMention? Handle(Handler handler, Match m, PeriodResolver resolver)
    {
        try
        {
            return handler(m, resolver);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static TextSpan Span(Capture c) => new(c.Index, c.Index + c.Length);

    private static int? Year(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : null;

    private static string? Rel(Match m) => m.Groups["rel"].Success ? m.Groups["rel"].Value : null;

    private static int Ordinal(string word) => word.ToLowerInvariant() switch
    {
        "first" or "1st" => 1,
        "second" or "2nd" => 2,
        "third" or "3rd" => 3,
        _ => 4,
    };
}
