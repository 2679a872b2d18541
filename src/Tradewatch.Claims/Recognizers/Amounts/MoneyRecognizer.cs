using System.Text.RegularExpressions;

namespace Tradewatch.Claims.Recognizers.Amounts;

/// <summary>Money: "$1.36 million", "US$48 million", "400,000 US dollars", "29 million euros", "$42.74 mln".</summary>
internal sealed partial class MoneyRecognizer : IRecognizer
{
    [GeneratedRegex(
        @"(?<![\w$€£¥₩.])(?:(?<cur>US\s?\$|U\.S\.\s?\$|USD\s?|\$|€|EUR\s?|£|GBP\s?|¥|RMB\s?|CNY\s?|KRW\s?|₩|RUB\s?)\s?(?<num>" + NumberText.Numeral + @")(?<scale>" + NumberText.Scale + @")?(?:\s+(?:US\s+|U\.S\.\s+)?dollars?\b)?"
        + @"|(?<num>" + NumberText.StrictNumeral + @")(?<scale>" + NumberText.Scale + @")?[\s-]+(?<word>(?:US\s+|U\.S\.\s+|American\s+)?dollars?\b|euros?\b|yuan\b|renminbi\b|won\b|rubles?\b|roubles?\b|yen\b|USD\b|EUR\b|CNY\b|RMB\b|KRW\b|RUB\b))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Money();

    [GeneratedRegex(@"[$€£¥₩]|\b(?:dollars?|euros?|yuan|renminbi|won|rubles?|roubles?|yen|USD|EUR|CNY|RMB|KRW|RUB|GBP)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();

    public void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        foreach (var m in AnchoredScan.Matches(Money(), Anchor(), text))
        {
            var num = m.Groups["num"].Value;
            var scale = m.Groups["scale"].Success ? m.Groups["scale"].Value : null;
            if ((NumberText.IsArticle(num) && scale is null) || !NumberText.TryParse(num, out var parsed)
                || !NumberText.TryScale(parsed, scale, out var value))
            {
                continue;
            }
            var unit = Currency(m.Groups["cur"].Success ? m.Groups["cur"].Value : m.Groups["word"].Value);
            if (unit is null)
            {
                continue;
            }
            var end = m.Index + m.Length;
            context.Add(new AmountMention(new TextSpan(m.Index, end), AmountKind.Money,
                value, unit, NumberText.QualifierBefore(text, m.Index))
            {
                PerYear = NumberText.IsPerYear(text, m.Index, end),
            });
        }
    }

    private static string? Currency(string symbol)
    {
        var s = symbol.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        return s switch
        {
            "$" or "US$" or "USD" or "DOLLAR" or "DOLLARS" or "USDOLLAR" or "USDOLLARS" or "AMERICANDOLLARS" or "AMERICANDOLLAR" => "USD",
            "€" or "EUR" or "EURO" or "EUROS" => "EUR",
            "£" or "GBP" => "GBP",
            "¥" or "YEN" => "JPY",
            "RMB" or "CNY" or "YUAN" or "RENMINBI" => "CNY",
            "₩" or "KRW" or "WON" => "KRW",
            "RUB" or "RUBLE" or "RUBLES" or "ROUBLE" or "ROUBLES" => "RUB",
            _ => null,
        };
    }
}
