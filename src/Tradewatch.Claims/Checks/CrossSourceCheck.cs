using Tradewatch.Domain;

namespace Tradewatch.Claims.Checks;

/// <summary>
/// Claims from different articles about the same flow, sides, goods and unit: equal periods must agree within
/// rounding; a part-year figure is compared with a full-period figure only as a bound (it cannot be larger).
/// </summary>
internal static class CrossSourceCheck
{
    public static IEnumerable<ClaimCheck> Check(IReadOnlyList<ClaimsDocument> documents)
    {
        for (var da = 0; da < documents.Count; da++)
        {
            for (var db = da + 1; db < documents.Count; db++)
            {
                foreach (var a in documents[da].Claims.Where(Comparable))
                {
                    foreach (var b in documents[db].Claims.Where(Comparable))
                    {
                        if (Compare(documents[da], a, da, documents[db], b, db) is { } check)
                        {
                            yield return check;
                        }
                    }
                }
            }
        }
    }

    // Only periods stated with the figure: a carried-over period is too weak to set two sources against each other.
    private static bool Comparable(Claim c) => ClaimFacts.IsValue(c) && c.Period is not null && !c.PeriodInferred && c.From is not null && c.Measure is null;

    private static ClaimCheck? Compare(ClaimsDocument docA, Claim a, int da, ClaimsDocument docB, Claim b, int db)
    {
        if (a.Kind != b.Kind || a.Unit != b.Unit)
        {
            return null;
        }
        var pa = a.Period!.Value;
        var pb = b.Period!.Value;
        var fa = StatedFigure.Of(a, docA.Article.Text);
        var fb = StatedFigure.Of(b, docB.Article.Text);
        var who = $"{Name(docA, a)} vs {Name(docB, b)}";
        if (!ClaimFacts.SameFlow(a, b))
        {
            // One article gives exports to all destinations, the other to one partner: the partner's figure
            // cannot exceed the total for the same goods and period.
            if (pa != pb || a.Flow != b.Flow || a.Flow is not (ClaimFlow.Exports or ClaimFlow.Imports) || a.From != b.From
                || (a.To is null) == (b.To is null) || !ClaimFacts.SameGoods(a, b))
            {
                return null;
            }
            var (all, one, fAll, fOne) = a.To is null ? (a, b, fa, fb) : (b, a, fb, fa);
            var within = fOne.Low < fAll.High;
            return Make(a, da, b, db, within, within
                ? $"{who}: {fOne.Text(one.Unit!)} to {one.To} does not exceed {fAll.Text(all.Unit!)} to all destinations for {pa} (a bound)."
                : $"{who}: {fOne.Text(one.Unit!)} to {one.To} exceeds {fAll.Text(all.Unit!)} to all destinations for {pa}.");
        }
        if (pa == pb)
        {
            var ok = fa.Overlaps(fb.Low, fb.High);
            return Make(a, da, b, db, ok, ok
                ? $"{who}: {fa.Text(a.Unit!)} and {fb.Text(b.Unit!)} for {pa} agree within rounding."
                : $"{who}: {fa.Text(a.Unit!)} and {fb.Text(b.Unit!)} for {pa} disagree beyond rounding.");
        }
        if (pb.Contains(pa) || pa.Contains(pb))
        {
            var (small, big, fs, fl) = pb.Contains(pa) ? (a, b, fa, fb) : (b, a, fb, fa);
            var ok = fs.Low <= fl.High;
            return Make(a, da, b, db, ok, ok
                ? $"{who}: {fs.Text(small.Unit!)} for {small.Period} does not exceed {fl.Text(big.Unit!)} for {big.Period} (a part-period figure is only a bound)."
                : $"{who}: {fs.Text(small.Unit!)} for {small.Period} exceeds {fl.Text(big.Unit!)} for the longer period {big.Period}, which contains it.");
        }
        return null;
    }

    private static string Name(ClaimsDocument doc, Claim c) =>
        $"{Path.GetFileName(doc.Article.File ?? "article")} #{c.Id}{(c.Source is null ? "" : $" ({c.Source})")}";

    private static ClaimCheck Make(Claim a, int da, Claim b, int db, bool ok, string reason) =>
        new([a.Id, b.Id], ok ? CheckVerdict.Consistent : CheckVerdict.Inconsistent, reason, "cross_source", "cross_article")
        {
            Documents = [da, db],
        };
}
