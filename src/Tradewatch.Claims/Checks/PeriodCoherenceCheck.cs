using Tradewatch.Domain;

namespace Tradewatch.Claims.Checks;

/// <summary>
/// Period coherence: a change reported for one span ("the first four months of the year") and, right next to
/// it, the figure for the same trade over a different span starting the same month ("the January-March
/// quarter"). Both periods must be stated in the text, not carried over, before the mismatch is flagged.
/// </summary>
internal sealed class PeriodCoherenceCheck : IClaimCheck
{
    private const int Nearby = 700;

    public IEnumerable<ClaimCheck> Check(ClaimsDocument document)
    {
        var claims = document.Claims;
        foreach (var g in claims.Where(c => c.Kind == ClaimKind.GrowthRate && !c.PeriodInferred && c.Period is not null && c.Comparison?.Value is null))
        {
            var p = g.Period!.Value;
            var v = claims.FirstOrDefault(c => ClaimFacts.IsValue(c) && !c.PeriodInferred && c.Period is { } q && q != p && q.Start == p.Start
                && !q.IsCalendarYear && !p.IsCalendarYear && Math.Abs(c.NumberSpan.Start - g.NumberSpan.Start) < Nearby
                && ClaimFacts.SameFlow(c, g));
            if (v is null)
            {
                continue;
            }
            yield return new ClaimCheck([g.Id, v.Id], CheckVerdict.Inconsistent,
                $"The change is given for {Describe(p)} (\"{g.Quote}\") but the figure next to it is for {Describe(v.Period!.Value)} (\"{v.Quote}\"): the periods do not match, so the figure cannot be the one the change refers to.",
                "period_coherence", "internal");
        }
    }

    private static string Describe(Period p) => $"{p.Start}..{p.End} ({p.MonthCount} months)";
}
