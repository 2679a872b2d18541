using System.Text.RegularExpressions;
using Tradewatch.Claims.Recognizers.Amounts;

namespace Tradewatch.Claims.Recognizers.Multipliers;

/// <summary>
/// Multiplicative words ("doubled", "more than double the", "ten-fold", "3 times as much", "halved") and
/// fractions ("a third of", "by a third", "about a tenth as much as"). "up 99.6 percent or nearly double" is
/// one claim said twice, so a multiple right after "percent or" is left to the percentage.
/// </summary>
internal sealed partial class MultiplierRecognizer : IRecognizer
{
    private const string Hedge = @"(?:(?<q>roughly|nearly|almost|about|around|more\s+than|over|some|at\s+least|close\s+to)\s+)?";

    [GeneratedRegex(@"\b" + Hedge + @"(?<w>doubled|doubling|tripled|trebled|tripling|quadrupled|halved|halving)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Verb();

    [GeneratedRegex(@"\b" + Hedge + @"(?<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|\d+(?:\.\d+)?)[\s-]?fold\b", RegexOptions.IgnoreCase)]
    private static partial Regex Fold();

    [GeneratedRegex(@"\b(?:(?<q>roughly|nearly|almost|about|around|more\s+than|over|some|at\s+least|close\s+to)\s+(?<w>double|triple)\b(?!-)|(?<w>double|triple)(?=\s+(?:the|that|its|their|from|what|last|a\s+year)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex Adjective();

    [GeneratedRegex(@"\b" + Hedge + @"(?<n>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s+times\s+(?=(?:more|higher|larger|bigger|greater|as\s+(?:much|many|large|high|big)|the|that|what|its|their)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Times();

    [GeneratedRegex(@"\b" + Hedge + @"(?<f>(?:a|one|two|three)[\s-](?:third|quarter|fifth|tenth)s?|half)\b(?<tail>\s+(?:of\b|as\s+(?:much|many|large|big)\b))?", RegexOptions.IgnoreCase)]
    private static partial Regex Fraction();

    [GeneratedRegex(@"(?:percent|per\s?cent|%)\s*,?\s+or\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PercentOrBefore();

    [GeneratedRegex(@"\b(?:by|cut|slash(?:ed)?|reduce[ds]?)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ByBefore();

    [GeneratedRegex(@"\b(?:first|second|the|latter|other)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex HalfOfYearBefore();

    [GeneratedRegex(@"doubl|tripl|trebl|quadrupl|halv|fold|times|third|quarter|fifth|tenth|half", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();

    public void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        foreach (var m in AnchoredScan.Matches(Verb(), Anchor(), text))
        {
            var w = m.Groups["w"].Value.ToLowerInvariant();
            if (w.StartsWith("hal", StringComparison.Ordinal))
            {
                Add(context, m, -50m, "percent", fall: true);
            }
            else
            {
                Add(context, m, w.StartsWith("doub", StringComparison.Ordinal) ? 2 : w.StartsWith("quad", StringComparison.Ordinal) ? 4 : 3, "times");
            }
        }
        foreach (var m in AnchoredScan.Matches(Fold(), Anchor(), text))
        {
            if (NumberText.TryParse(m.Groups["n"].Value, out var n))
            {
                Add(context, m, n, "times");
            }
        }
        foreach (var m in AnchoredScan.Matches(Adjective(), Anchor(), text))
        {
            Add(context, m, m.Groups["w"].Value.StartsWith("d", StringComparison.OrdinalIgnoreCase) ? 2 : 3, "times");
        }
        foreach (var m in AnchoredScan.Matches(Times(), Anchor(), text))
        {
            if (NumberText.TryParse(m.Groups["n"].Value, out var n))
            {
                Add(context, m, n, "times");
            }
        }
        foreach (var m in AnchoredScan.Matches(Fraction(), Anchor(), text))
        {
            AddFraction(context, m);
        }
    }

    private static void AddFraction(RecognitionContext context, Match m)
    {
        var before = context.Text[Math.Max(0, m.Index - 20)..m.Index];
        var tail = m.Groups["tail"].Value.Trim().ToLowerInvariant();
        var f = m.Groups["f"].Value.ToLowerInvariant().Replace('-', ' ');
        if (f == "half" && HalfOfYearBefore().IsMatch(before))
        {
            return;
        }
        var isBy = ByBefore().IsMatch(before);
        if (tail.Length == 0 && !isBy)
        {
            return;
        }
        var parts = f.Split(' ');
        var count = parts.Length == 2 && NumberText.TryParse(parts[0], out var c) ? c : 1m;
        var part = parts[^1].TrimEnd('s');
        decimal denominator = part switch
        {
            "third" => 3,
            "quarter" => 4,
            "fifth" => 5,
            "tenth" => 10,
            _ => 2,
        };
        var ratio = count / denominator;
        if (tail.StartsWith("as", StringComparison.Ordinal))
        {
            Add(context, m, Math.Round(ratio, 3), "ratio", ratio: true);
        }
        else
        {
            Add(context, m, Math.Round(ratio * 100m, 1), "percent", amountKind: AmountKind.Fraction);
        }
    }

    private static void Add(RecognitionContext context, Match m, decimal value, string unit, bool fall = false, bool ratio = false, AmountKind amountKind = AmountKind.Multiple)
    {
        var before = context.Text[Math.Max(0, m.Index - 20)..m.Index];
        if (amountKind == AmountKind.Multiple && !ratio && PercentOrBefore().IsMatch(before))
        {
            return;
        }
        var q = m.Groups["q"].Success ? Qualifier(m.Groups["q"].Value) : null;
        // The span ends at the fraction itself: "of the 2017 figure" after "a quarter" names the base, not the claim.
        var end = m.Groups["f"].Success ? m.Groups["f"].Index + m.Groups["f"].Length : m.Index + m.Length;
        while (end > m.Index && char.IsWhiteSpace(context.Text[end - 1]))
        {
            end--;
        }
        context.Add(new AmountMention(new TextSpan(m.Index, end), ratio ? AmountKind.Fraction : amountKind, NumberText.Normalize(value), unit, q)
        {
            ImpliesFall = fall,
            IsRatio = ratio,
        });
    }

    private static string Qualifier(string hedge) => hedge.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0] switch
    {
        "more" or "over" => "more_than",
        "at" => "at_least",
        "nearly" or "almost" or "close" => "nearly",
        _ => "about",
    };
}
