using System.Text.RegularExpressions;

namespace Tradewatch.Claims.Recognizers.Amounts;

/// <summary>
/// Physical quantities: "4,100 tons", "1.44 million tonnes", "67,300 barrels", "500 kg". Kilograms become tons.
/// "per year", "a year", "annually" after it, or "annual" just before it, make the unit a yearly rate.
/// </summary>
internal sealed partial class QuantityRecognizer : IRecognizer
{
    [GeneratedRegex(@"(?<![\w.,$])(?<num>" + NumberText.Numeral + @")(?<scale>" + NumberText.Scale + @")?[\s-]*(?<unit>metric\s+tons?\b|metric\s+tonnes?\b|tonnes?\b|tons?\b|t\b(?!-)|barrels?\b|bbl\b|kilograms?\b|kg\b|cubic\s+met(?:er|re)s?\b|liters?\b|litres?\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\b(?:tons?|tonnes?|t|barrels?|bbl|kilograms?|kg|cubic|liters?|litres?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();

    public void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        foreach (var m in AnchoredScan.Matches(Quantity(), Anchor(), text))
        {
            var num = m.Groups["num"].Value;
            var scale = m.Groups["scale"].Success ? m.Groups["scale"].Value : null;
            var unitWord = m.Groups["unit"].Value.ToLowerInvariant();
            if ((NumberText.IsArticle(num) && scale is null) || !NumberText.TryParse(num, out var parsed)
                || !NumberText.TryScale(parsed, scale, out var value) || (unitWord == "t" && !char.IsDigit(num[0])))
            {
                continue;
            }
            string unit;
            if (unitWord.StartsWith("kilogram", StringComparison.Ordinal) || unitWord == "kg")
            {
                (unit, value) = ("t", value / 1000m);
            }
            else if (unitWord.StartsWith("barrel", StringComparison.Ordinal) || unitWord == "bbl")
            {
                unit = "barrels";
            }
            else if (unitWord.StartsWith("cubic", StringComparison.Ordinal))
            {
                unit = "m3";
            }
            else if (unitWord.StartsWith("lit", StringComparison.Ordinal))
            {
                unit = "liters";
            }
            else
            {
                unit = "t";
            }
            var end = m.Index + m.Length;
            var perYear = NumberText.IsPerYear(text, m.Index, end);
            context.Add(new AmountMention(new TextSpan(m.Index, end), AmountKind.Quantity, NumberText.Normalize(value),
                perYear ? unit + " per year" : unit, NumberText.QualifierBefore(text, m.Index))
            {
                PerYear = perYear,
            });
        }
    }
}
