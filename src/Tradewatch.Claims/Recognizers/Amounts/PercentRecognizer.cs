using System.Text.RegularExpressions;

namespace Tradewatch.Claims.Recognizers.Amounts;

/// <summary>Percentages: "99.6 percent", "20 per cent", "76.5%", "one percent".</summary>
internal sealed partial class PercentRecognizer : IRecognizer
{
    [GeneratedRegex(@"(?<![\w.,])(?<num>" + NumberText.Numeral + @")\s*(?:%|percent\b|per\s?cent\b|pct\b|percentage\s+points?\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    [GeneratedRegex(@"%|\bper\s?cent|\bpct\b|\bpercentage", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();

    public void Recognize(RecognitionContext context)
    {
        foreach (var m in AnchoredScan.Matches(Percent(), Anchor(), context.Text))
        {
            var num = m.Groups["num"].Value;
            if (NumberText.IsArticle(num) || !NumberText.TryParse(num, out var value))
            {
                continue;
            }
            context.Add(new AmountMention(new TextSpan(m.Index, m.Index + m.Length), AmountKind.Percent,
                NumberText.Normalize(value), "percent", NumberText.QualifierBefore(context.Text, m.Index)));
        }
    }
}
