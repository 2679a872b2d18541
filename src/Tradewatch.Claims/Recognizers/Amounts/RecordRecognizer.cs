using System.Text.RegularExpressions;

namespace Tradewatch.Claims.Recognizers.Amounts;

/// <summary>
/// Record claims without a number: "an all-time high", "a record low", "its lowest since February",
/// "the lowest on government records". They are checkable against a series, so they are claims (kind other).
/// </summary>
internal sealed partial class RecordRecognizer : IRecognizer
{
    [GeneratedRegex(@"\b(?:(?:an?|its|their|the)\s+)?(?:all-time|record)\s+(?:high|low)\b|\b(?:its|their|the)\s+(?:lowest|highest|weakest|strongest|smallest|largest|biggest)(?:\s+(?:level|figure|total|monthly\s+\w+))?\s+(?:since\s+(?:" + Intake.MonthNames.Pattern + @"|(?:19|20)\d\d)\b(?:\s+(?:19|20)\d\d)?|on\s+(?:\w+\s+)?records?\b(?:\s+going\s+back\s+to\s+(?:\w+\s+)?(?:19|20)\d\d)?)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Record();

    public void Recognize(RecognitionContext context)
    {
        foreach (Match m in Record().Matches(context.Text))
        {
            context.Add(new AmountMention(new TextSpan(m.Index, m.Index + m.Length), AmountKind.Record, null, null, null));
        }
    }
}
