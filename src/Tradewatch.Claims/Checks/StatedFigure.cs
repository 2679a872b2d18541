using System.Globalization;

namespace Tradewatch.Claims.Checks;

/// <summary>
/// The range of true values a stated figure allows: its rounding ("$48 million" is 47.5–48.5 million,
/// "99.6 percent" is 99.55–99.65) widened by its hedge ("about", "nearly", "more than").
/// </summary>
internal readonly record struct StatedFigure(decimal Value, decimal Low, decimal High)
{
    public static StatedFigure Of(Claim claim, string text)
    {
        var value = claim.Value ?? 0m;
        var half = HalfUnit(claim, text, value);
        var low = value - half;
        var high = value + half;
        // "more than doubled", "at least 150 percent": the stated figure is a threshold, not a rounded value.
        if (claim.Qualifier is "more_than" or "at_least")
        {
            (low, high) = value >= 0 ? (value, high) : (low, value);
        }
        else if (claim.Qualifier == "less_than")
        {
            (low, high) = value >= 0 ? (low, value) : (value, high);
        }
        var magnitude = Math.Abs(value);
        switch (claim.Qualifier)
        {
            case "about":
                low -= magnitude * 0.05m;
                high += magnitude * 0.05m;
                break;
            case "nearly":
                // "nearly 20 percent" / "nearly halved": a bit less in size than stated.
                if (value >= 0)
                {
                    low -= magnitude * 0.1m;
                }
                else
                {
                    high += magnitude * 0.1m;
                }
                break;
            case "more_than" or "at_least":
                if (value >= 0)
                {
                    high = decimal.MaxValue / 4;
                }
                else
                {
                    low = decimal.MinValue / 4;
                }
                break;
            case "less_than":
                if (value >= 0)
                {
                    low = 0;
                }
                else
                {
                    high = 0;
                }
                break;
        }
        return new StatedFigure(value, low, high);
    }

    /// <summary>
    /// True when the two ranges share more than a boundary point: 1.398 − 0.134 = 1.264 (at most 1.265) does
    /// not make a stated 1.27 (at least 1.265) consistent.
    /// </summary>
    public bool Overlaps(decimal low, decimal high) => Low < high && low < High || (Low == High && low <= Low && Low <= high);

    public string Text(string unit) => Format(Value, unit);

    public static string Format(decimal value, string? unit) => unit switch
    {
        "USD" or "EUR" or "CNY" or "KRW" or "RUB" or "GBP" or "JPY" when Math.Abs(value) >= 1_000_000m =>
            (value / 1_000_000m).ToString("0.###", CultureInfo.InvariantCulture) + "M " + unit,
        "percent" => value.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture) + "%",
        _ => value.ToString("0.###", CultureInfo.InvariantCulture) + (unit is null ? "" : " " + unit),
    };

    private static decimal HalfUnit(Claim claim, string text, decimal value)
    {
        var span = claim.NumberSpan;
        if (span.End > text.Length || span.Start < 0)
        {
            return 0;
        }
        var numeral = text[span.Start..span.End];
        var start = numeral.IndexOfAny("0123456789".ToCharArray());
        if (start < 0)
        {
            // Words ("doubled", "one percent", "a third") are round by nature.
            return claim.Unit == "times" ? Math.Abs(value) * 0.1m : Math.Abs(value) * 0.05m + (claim.Unit == "percent" ? 0.5m : 0m);
        }
        var end = start;
        while (end < numeral.Length && (char.IsDigit(numeral[end]) || numeral[end] is ',' or '.'))
        {
            end++;
        }
        var digits = numeral[start..end].TrimEnd('.', ',').Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var stated) || stated == 0)
        {
            return 0;
        }
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : digits.Length - dot - 1;
        var scale = Math.Abs(value) / stated;
        var half = 0.5m * scale;
        if (dot < 0 && scale == 1m)
        {
            // "4,100 tons", "400,000 dollars": whole numbers written out in full and ending in zeros are rounded
            // to the last non-zero digit; "$300 million" is taken as stated to the million.
            for (var i = digits.Length - 1; i > 0 && digits[i] == '0'; i--)
            {
                half *= 10m;
            }
        }
        for (var i = 0; i < decimals; i++)
        {
            half /= 10m;
        }
        return half;
    }
}
