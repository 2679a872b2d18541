using System.Globalization;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Checks;

/// <summary>
/// Own arithmetic of changes: a growth rate ("up 99.6 percent") or multiple ("doubled") against the two
/// figures it relates — stated in the same sentence ("to $243 million from $1.8 billion") or elsewhere in the
/// article for the same flow, sides, goods and the two periods.
/// </summary>
internal sealed class GrowthCheck : IClaimCheck
{
    public IEnumerable<ClaimCheck> Check(ClaimsDocument document)
    {
        var text = document.Article.Text;
        var claims = document.Claims;
        foreach (var g in claims.Where(c => c.Kind == ClaimKind.GrowthRate && c.Value is not null && c.Unit is "percent" or "times"))
        {
            var (current, @base) = FindFigures(g, claims);
            if (current is null || @base is null || @base.Value is not > 0 || current.Value is null)
            {
                continue;
            }
            var c = StatedFigure.Of(current, text);
            var b = StatedFigure.Of(@base, text);
            var stated = StatedFigure.Of(g, text);
            var ratio = c.Value / b.Value;
            var low = b.High > 0 ? c.Low / b.High : 0;
            var high = b.Low > 0 ? c.High / b.Low : decimal.MaxValue / 4;
            string reason;
            bool ok;
            if (g.Unit == "percent")
            {
                var implied = (ratio - 1) * 100;
                ok = stated.Overlaps((low - 1) * 100, (high - 1) * 100);
                reason = string.Create(CultureInfo.InvariantCulture,
                    $"{Fmt(c.Value)} / {Fmt(b.Value)} = {ratio:0.####} → {implied:+0.0;-0.0}%, stated {stated.Text("percent")}{Hedge(g)}; with the stated figures' rounding the change lies between {(low - 1) * 100:+0.0;-0.0}% and {(high - 1) * 100:+0.0;-0.0}%{(ok ? " (within rounding)" : "")}");
            }
            else
            {
                ok = stated.Overlaps(low, high);
                reason = string.Create(CultureInfo.InvariantCulture,
                    $"{Fmt(c.Value)} / {Fmt(b.Value)} = {ratio:0.###} times, stated {g.Value:0.##} times{Hedge(g)}{(ok ? " (within rounding)" : "")}");
            }
            yield return new ClaimCheck([@base.Id, current.Id, g.Id], ok ? CheckVerdict.Consistent : CheckVerdict.Inconsistent,
                reason, "growth_arithmetic", "internal");
        }
    }

    private static (Claim? Current, Claim? Base) FindFigures(Claim g, IReadOnlyList<Claim> claims)
    {
        if (g.Comparison?.Value is { } baseValue)
        {
            var sameLine = claims.Where(c => ClaimFacts.IsValue(c) && c.Line == g.Line && c.Unit == g.Comparison.Unit).ToList();
            var b = sameLine.Where(c => c.Value == baseValue).OrderBy(c => Math.Abs(c.NumberSpan.Start - g.NumberSpan.Start)).FirstOrDefault();
            var cur = sameLine.Where(c => c != b && c.Period == g.Period).OrderBy(c => Math.Abs(c.NumberSpan.Start - g.NumberSpan.Start)).FirstOrDefault();
            return (cur, b);
        }
        if (g.Period is not { } p || g.Comparison?.Period is not { } bp || p == bp)
        {
            return (null, null);
        }
        var related = claims.Where(c => ClaimFacts.IsValue(c) && SameScope(c, g)).ToList();
        var current = related.Where(c => c.Period == p).ToList();
        var bases = related.Where(c => c.Period == bp).ToList();
        // Only when the article leaves no doubt which two figures are meant.
        return current.Select(c => c.Value).Distinct().Count() == 1 && bases.Select(c => c.Value).Distinct().Count() == 1 && current[0].Unit == bases[0].Unit
            ? (current[0], bases[0])
            : (null, null);
    }

    private static bool SameScope(Claim c, Claim g) => ClaimFacts.SameFlow(c, g) && c.Measure is null;

    private static string Fmt(decimal v) => v >= 1_000_000m
        ? (v / 1_000_000m).ToString("0.####", CultureInfo.InvariantCulture) + "M"
        : v.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Hedge(Claim c) => c.Qualifier is null ? "" : $" ({c.Qualifier.Replace('_', ' ')})";
}
