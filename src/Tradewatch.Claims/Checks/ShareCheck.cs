using System.Globalization;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Checks;

/// <summary>
/// Shares against their parts: "$520 million, which accounted for 36.4 percent of its total imports" against
/// the stated total imports; and a share of a yearly figure reached "at the same pace" from a part-year figure,
/// which is annualised first (67,300 barrels by April is 201,900 a year).
/// </summary>
internal sealed partial class ShareCheck : IClaimCheck
{
    private const int PartDistance = 400;

    public IEnumerable<ClaimCheck> Check(ClaimsDocument document)
    {
        var text = document.Article.Text;
        var claims = document.Claims;
        foreach (var share in claims.Where(c => c.Kind == ClaimKind.Share && c.Unit == "percent" && c.Value is not null))
        {
            var check = OfWorldTotal(share, claims, text) ?? OfYearlyRate(share, claims, text);
            if (check is not null)
            {
                yield return check;
            }
        }
    }

    private static ClaimCheck? OfWorldTotal(Claim share, IReadOnlyList<Claim> claims, string text)
    {
        // The part is the figure the share sentence is about: in the same sentence ("$520 million, which
        // accounted for 36.4 percent"), or the previous one when the share opens with "The amount", "This"…
        var part = claims.Where(c => ClaimFacts.IsValue(c) && c.Kind == ClaimKind.TradeValue && c.Period == share.Period && c.Measure is null
                && c.NumberSpan.End <= share.NumberSpan.Start && share.NumberSpan.Start - c.NumberSpan.End < PartDistance
                && (SameSentence(text, c.NumberSpan.End, share.NumberSpan.Start) || Anaphor().IsMatch(share.Quote)))
            .LastOrDefault();
        if (part?.Value is not > 0)
        {
            return null;
        }
        var owner = part.Flow == ClaimFlow.Imports ? part.To : part.From;
        var whole = claims.FirstOrDefault(c => ClaimFacts.IsValue(c) && c != part && c.Unit == part.Unit && c.Period == part.Period
            && c.Commodity is null && c.Measure is null && c.Value > part.Value
            && (part.Flow == ClaimFlow.Imports
                ? c.Flow == ClaimFlow.Imports && c.To == owner && c.From is null
                : ClaimFacts.IsTotal(part) ? ClaimFacts.IsTotal(c) && (c.From == owner || c.To == owner) && (c.From is null || c.To is null)
                : c.Flow == part.Flow && c.From == owner && c.To is null));
        return whole is null ? null : Verdict(share, part, whole, StatedFigure.Of(part, text), StatedFigure.Of(whole, text), 1m, text, "");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:the\s+(?:amount|figure|total|sum|value)|this|that|it|which)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Anaphor();

    [System.Text.RegularExpressions.GeneratedRegex(@"[.!?][""”’]?\s+[A-Z""“]|\n")]
    private static partial System.Text.RegularExpressions.Regex SentenceBreak();

    private static bool SameSentence(string text, int from, int to) => !SentenceBreak().IsMatch(text[from..to]);

    private static ClaimCheck? OfYearlyRate(Claim share, IReadOnlyList<Claim> claims, string text)
    {
        var whole = claims.LastOrDefault(c => c.Kind == ClaimKind.TradeQuantity && c.Unit?.EndsWith(" per year", StringComparison.Ordinal) == true
            && c.NumberSpan.End <= share.NumberSpan.Start);
        if (whole is null || share.Period is not { IsCalendarYear: true } year)
        {
            return null;
        }
        var baseUnit = whole.Unit![..^" per year".Length];
        var part = claims.Where(c => c.Kind == ClaimKind.TradeQuantity && c.Unit == baseUnit && c.Period is { } p && year.Contains(p) && !p.IsCalendarYear
            && c.Value > 0 && c.NumberSpan.End <= share.NumberSpan.Start).LastOrDefault();
        if (part is null)
        {
            return null;
        }
        var factor = 12m / part.Period!.Value.MonthCount;
        var note = string.Create(CultureInfo.InvariantCulture, $" ({part.Period} is {part.Period.Value.MonthCount} months, × {factor:0.##} for a year at the same pace)");
        return Verdict(share, part, whole, StatedFigure.Of(part, text), StatedFigure.Of(whole, text), factor, text, note);
    }

    private static ClaimCheck Verdict(Claim share, Claim part, Claim whole, StatedFigure p, StatedFigure w, decimal factor, string text, string note)
    {
        var stated = StatedFigure.Of(share, text);
        var implied = p.Value * factor / w.Value * 100m;
        var low = w.High > 0 ? p.Low * factor / w.High * 100m : 0;
        var high = w.Low > 0 ? p.High * factor / w.Low * 100m : decimal.MaxValue / 4;
        var ok = stated.Overlaps(low, high);
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"{StatedFigure.Format(p.Value, part.Unit)}{note} / {StatedFigure.Format(w.Value, whole.Unit)} = {implied:0.#}%, stated {share.Value:0.##}%{(share.Qualifier is null ? "" : $" ({share.Qualifier.Replace('_', ' ')})")}{(ok ? " (within rounding)" : $"; the figures' rounding allows {low:0.#}–{high:0.#}%")}");
        return new ClaimCheck([part.Id, whole.Id, share.Id], ok ? CheckVerdict.Consistent : CheckVerdict.Inconsistent, reason, "share_arithmetic", "internal");
    }
}
