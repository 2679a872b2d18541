using System.Globalization;

namespace Tradewatch.Claims.Recognizers.Amounts;

/// <summary>Numerals ("4,100", "1.36", "one", "twenty-five", "a") and scale words ("million", "mln", "bn").</summary>
internal static partial class NumberText
{
    /// <summary>
    /// Regex for a numeral candidate: digits, or any single (hyphenated) word, which <see cref="TryParse"/> then
    /// accepts only if it is a number word. A 40-way word alternation at every position was the extractor's main cost.
    /// </summary>
    public const string Numeral = @"(?>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)?)";

    /// <summary>
    /// Digits or an actual number word: for a pattern whose unit can itself start a match ("worth Rmb 800
    /// million" must not be taken as the number "worth" in "Rmb"), so a non-number word cannot shadow the figure.
    /// </summary>
    public const string StrictNumeral = "(?>" + NumeralWords + ")";

    /// <summary>Digits or the exact set of number words, for patterns that must not over-match (periods).</summary>
    public const string NumeralWords =
        @"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|"
        + @"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
        + @"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|a|an)";

    /// <summary>Regex for a scale word after a numeral (full words may be spaced; abbreviations may touch).</summary>
    public const string Scale =
        @"(?:\s*(?:trillion|billion|million|thousand)\b|\s?(?:tn|bln|bn|mln|mn)\b\.?|(?:m|b|k)\b)";

    private static readonly Dictionary<string, int> s_words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90, ["hundred"] = 100,
    };

    public static bool TryParse(string numeral, out decimal value)
    {
        value = 0;
        var s = numeral.Trim();
        if (s.Length == 0)
        {
            return false;
        }
        if (char.IsDigit(s[0]))
        {
            return decimal.TryParse(s.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }
        var dash = s.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            if (s_words.TryGetValue(s[..dash], out var tens) && s_words.TryGetValue(s[(dash + 1)..], out var units))
            {
                value = tens + units;
                return true;
            }
            return false;
        }
        if (s_words.TryGetValue(s, out var n))
        {
            value = n;
            return true;
        }
        return false;
    }

    /// <summary>Value × scale, or false when the text states an absurd number that does not fit a decimal.</summary>
    public static bool TryScale(decimal value, string? scale, out decimal result)
    {
        result = 0;
        var multiplier = Multiplier(scale);
        if (value > decimal.MaxValue / multiplier / 1000m)
        {
            return false;
        }
        result = Normalize(value * multiplier);
        return true;
    }

    public static bool IsArticle(string numeral) => numeral.Trim() is "a" or "an" or "A" or "An";

    public static decimal Multiplier(string? scale)
    {
        var s = (scale ?? "").Trim().TrimEnd('.').ToLowerInvariant();
        return s switch
        {
            "trillion" or "tn" => 1_000_000_000_000m,
            "billion" or "bn" or "bln" or "b" => 1_000_000_000m,
            "million" or "mln" or "mn" or "m" => 1_000_000m,
            "thousand" or "k" => 1_000m,
            _ => 1m,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[^.;:!?]{0,45}?\b(?:per\s+(?:year|annum)|a\s+year(?!\s+(?:earlier|ago|before|later|on))|annually|each\s+year|every\s+year|/year)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PerYearAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:annual|yearly)\b(?:\s+[\w-]+){0,3}\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AnnualBefore();

    /// <summary>"4.5 million barrels per year", "the annual quota set at 500,000 barrels", "$3 billion annual export revenue".</summary>
    public static bool IsPerYear(string text, int start, int end)
    {
        var after = text.AsSpan(end, Math.Min(60, text.Length - end)).ToString();
        var before = text[Math.Max(0, start - 40)..start];
        return PerYearAfter().IsMatch(after) || AnnualBefore().IsMatch(before)
            || AnnualRightAfter(after);
    }

    // "US$3 billion annual export revenue": the adjective follows the amount.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:in|of)\s+)?(?:annual|yearly|a\s+year\b(?!\s+(?:earlier|ago|before|later|on)))", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AnnualAfter();

    private static bool AnnualRightAfter(string after) => AnnualAfter().IsMatch(after);

    /// <summary>Removes trailing zeros so JSON shows 1360000, not 1360000.00.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>Qualifier from the words just before a number, or null.</summary>
    public static string? QualifierBefore(string text, int numberStart)
    {
        var from = Math.Max(0, numberStart - 24);
        var before = text[from..numberStart].ToLowerInvariant().TrimEnd();
        foreach (var (word, qualifier) in s_qualifiers)
        {
            if (before.EndsWith(word, StringComparison.Ordinal)
                && (before.Length == word.Length || !char.IsLetter(before[before.Length - word.Length - 1])))
            {
                return qualifier;
            }
        }
        return null;
    }

    private static readonly (string Word, string Qualifier)[] s_qualifiers =
    [
        ("more than", "more_than"), ("over", "more_than"), ("above", "more_than"), ("in excess of", "more_than"), ("upwards of", "more_than"),
        ("at least", "at_least"), ("no less than", "at_least"),
        ("less than", "less_than"), ("under", "less_than"), ("below", "less_than"), ("up to", "less_than"), ("fewer than", "less_than"),
        ("nearly", "nearly"), ("almost", "nearly"), ("close to", "nearly"), ("just under", "nearly"),
        ("about", "about"), ("around", "about"), ("approximately", "about"), ("roughly", "about"), ("some", "about"),
        ("an estimated", "about"), ("estimated", "about"), ("approx.", "about"),
    ];
}
