namespace Tradewatch.Claims.Checks;

/// <summary>
/// The same figure stated twice (headline and body, "around 11%" and "10.8%"): consistent within rounding
/// and hedges, or not. Only claims about the same flow, sides, goods, unit and stated period are compared.
/// </summary>
internal sealed class RestatementCheck : IClaimCheck
{
    public IEnumerable<ClaimCheck> Check(ClaimsDocument document)
    {
        var text = document.Article.Text;
        // Grouped first so long inputs do not compare every claim with every other.
        foreach (var group in document.Claims.Where(c => c.Value is not null && c.Period is not null && c.Measure is null)
            .GroupBy(c => (c.Kind, c.Unit, c.Period)))
        {
            foreach (var check in Within(document, [.. group], text))
            {
                yield return check;
            }
        }
    }

    private static IEnumerable<ClaimCheck> Within(ClaimsDocument document, List<Claim> claims, string text)
    {
        var covered = new HashSet<int>();
        for (var i = 0; i < claims.Count; i++)
        {
            var a = claims[i];
            if (covered.Contains(a.Id))
            {
                continue;
            }
            var group = claims.Skip(i + 1).Where(b => Same(a, b) && !a.Span.Overlaps(b.Span)).ToList();
            if (group.Count == 0)
            {
                continue;
            }
            var fa = StatedFigure.Of(a, text);
            foreach (var b in group)
            {
                covered.Add(b.Id);
                var fb = StatedFigure.Of(b, text);
                var ok = fa.Overlaps(fb.Low, fb.High);
                // A carried-over period is too weak a link to call two figures contradictory, and two different
                // figures in the body may measure different things; a headline or lead restated below may not.
                if (!ok && (a.PeriodInferred || b.PeriodInferred || !(InLead(document.Article, a) || InLead(document.Article, b))))
                {
                    continue;
                }
                yield return new ClaimCheck([a.Id, b.Id], ok ? CheckVerdict.Consistent : CheckVerdict.Inconsistent,
                    ok
                        ? $"Stated twice: {fa.Text(a.Unit!)} and {fb.Text(b.Unit!)} agree within rounding."
                        : $"Stated twice with different figures: {fa.Text(a.Unit!)} and {fb.Text(b.Unit!)} for the same flow and period.",
                    "restatement", "internal");
            }
        }
    }

    private const int LeadLength = 400;

    private static bool InLead(Article article, Claim c) =>
        article.TitleSpan is { } t ? c.Span.Overlaps(t) || (c.Span.Start >= t.End && c.Span.Start - t.End < LeadLength) : c.Span.Start < LeadLength;

    private static bool Same(Claim a, Claim b) =>
        a.Kind == b.Kind && a.Unit == b.Unit && a.Period == b.Period && ClaimFacts.SameFlow(a, b);
}
