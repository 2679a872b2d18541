using System.Globalization;
using Tradewatch.Claims.Resources;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Checks;

/// <summary>
/// Caps quoted in an article ("North Korea can only ship out … coal worth $408.7 million this year") against the
/// UN caps themselves (bundled from the reference notes): a misquoted cap is a claim that is simply wrong.
/// </summary>
internal sealed class CapCheck : IClaimCheck
{
    private static readonly Lazy<List<(string Hs, string Unit, decimal Limit, Period Period, string Citation)>> s_caps = new(Load);

    public IEnumerable<ClaimCheck> Check(ClaimsDocument document)
    {
        var text = document.Article.Text;
        var fallback = document.Article.Date is { } d ? Period.Single(Month.Containing(d)) : (Period?)null;
        foreach (var claim in document.Claims.Where(c => c.Measure == "cap" && c.Hs is not null && c.Value is not null))
        {
            var when = claim.Period ?? fallback;
            var cap = s_caps.Value.FirstOrDefault(k => claim.Hs!.StartsWith(k.Hs, StringComparison.Ordinal) && k.Unit == claim.Unit
                && when is { } w && k.Period.Contains(w));
            if (cap.Citation is null)
            {
                continue;
            }
            var stated = StatedFigure.Of(claim, text);
            var ok = stated.Low <= cap.Limit && cap.Limit <= stated.High;
            var limit = StatedFigure.Format(cap.Limit, cap.Unit);
            yield return new ClaimCheck([claim.Id], ok ? CheckVerdict.Consistent : CheckVerdict.Inconsistent,
                ok
                    ? $"{cap.Citation}; the article's {stated.Text(claim.Unit!)} is that cap within rounding."
                    : string.Create(CultureInfo.InvariantCulture, $"{cap.Citation}; the article says {stated.Text(claim.Unit!)}, which cannot be a rounding of {limit}."),
                "cap_reference", "external");
        }
    }

    private static List<(string, string, decimal, Period, string)> Load() =>
        EmbeddedTable.Read("un-caps.tsv")
            .Where(r => r.Length >= 6)
            .Select(r => (r[0], r[1], decimal.Parse(r[2], CultureInfo.InvariantCulture), Period.Parse(r[3] + ".." + r[4]), r[5]))
            .ToList();
}
