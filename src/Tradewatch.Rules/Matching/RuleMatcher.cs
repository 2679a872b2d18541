using System.Globalization;
using Tradewatch.Domain;
using Tradewatch.Rules.Hs;
using Tradewatch.Rules.Model;

namespace Tradewatch.Rules.Matching;

/// <summary>
/// Screens one flow against a rulebook set: the measures in force on the flow's date whose direction and HS scope
/// hold, each with applies/exempted and a reason. For whole ledgers use the compiled join table instead.
/// </summary>
/// <remarks>
/// Catch-all, activity and list-based measures without an HS pre-filter never match here: the sheet says they
/// cannot be keyed on HS, and `rules list` still shows them.
/// </remarks>
public sealed class RuleMatcher(RulebookSet set, HsCorrespondenceTable? correspondence = null)
{
    public IReadOnlyList<MeasureMatch> Match(FlowQuery flow, MatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(flow);
        options ??= new MatchOptions();
        var matches = new List<MeasureMatch>();
        foreach (var m in set.Measures)
        {
            if (!m.InForceOn(flow.Date) || !m.Scope.IsHsKeyed)
            {
                continue;
            }
            if (FlowDirection(m, flow) is not { } direction)
            {
                continue;
            }
            if (FindHit(m.Scope, flow.Hs, options) is not { } hit)
            {
                continue;
            }
            matches.Add(Build(m, flow, direction, hit));
        }
        return matches;
    }

    private static MeasureDirection? FlowDirection(Measure m, FlowQuery flow)
    {
        var book = m.Rulebook;
        var toTarget = book.IsTarget(flow.To) && !book.IsTarget(flow.From) && book.Binds(flow.From);
        var fromTarget = book.IsTarget(flow.From) && !book.IsTarget(flow.To) && book.Binds(flow.To);
        return m.Direction switch
        {
            MeasureDirection.ToTarget when toTarget => MeasureDirection.ToTarget,
            MeasureDirection.FromTarget when fromTarget => MeasureDirection.FromTarget,
            MeasureDirection.Both when toTarget => MeasureDirection.ToTarget,
            MeasureDirection.Both when fromTarget => MeasureDirection.FromTarget,
            _ => null,
        };
    }

    private HsHit? FindHit(MeasureScope scope, HsCode code, MatchOptions options)
    {
        var digits = code.Digits;
        if (code.Revision == HsRevision.Unspecified || code.Revision == scope.Revision)
        {
            return HsHit.Best(scope, digits, options, null);
        }
        if (digits.Length < 6 || correspondence is null)
        {
            var note = $"{code.Revision.Name()} code compared digit by digit with {scope.Revision.Name()} selectors (no correspondence at this level)";
            return HsHit.Best(scope, digits, options, note) is { } h ? h with { Coverage = MatchCoverage.Partial } : null;
        }
        var mapped = correspondence.Map(digits[..6], code.Revision, scope.Revision, out var oneToOne);
        HsHit? best = null;
        foreach (var target in mapped)
        {
            var note = $"{code.Revision.Name()} {digits[..6]} corresponds to {scope.Revision.Name()} {target}" + (oneToOne ? "" : " (not one-to-one)");
            if (HsHit.Best(scope, target, options, note) is { } h)
            {
                var hit = oneToOne ? h : h with { Coverage = MatchCoverage.Partial };
                best = best is null || hit.Coverage < best.Coverage ? hit : best;
            }
        }
        return best;
    }

    private MeasureMatch Build(Measure m, FlowQuery flow, MeasureDirection direction, HsHit hit)
    {
        Exemption? applied = null;
        string? exemptionReason = null;
        var possible = new List<Exemption>();
        foreach (var (e, _) in set.ExemptionsFor(m))
        {
            if (e.Hs.Count > 0 && !e.Hs.Any(s => s.ContainsFiner(flow.Hs.Digits) || s.OverlapsCoarser(flow.Hs.Digits)))
            {
                continue;
            }
            switch (e.Test)
            {
                case ExemptionTest.OriginNotTarget when applied is null && flow.Origin is { } origin && !m.Rulebook.IsTarget(origin):
                    applied = e;
                    exemptionReason = $"exempted by {e.Id} ({e.Name}): declared origin {origin} is not a target; still required: {e.How}";
                    continue;
                case ExemptionTest.WindDown:
                    if (m.WindDown is not { } w || flow.Date > w.Until
                        || (w.Hs.Count > 0 && !w.Hs.Any(s => s.ContainsFiner(flow.Hs.Digits) || s.OverlapsCoarser(flow.Hs.Digits))))
                    {
                        continue;
                    }
                    if (applied is null && flow.ContractDate is { } signed && w.ContractsBefore is { } cutoff && signed < cutoff)
                    {
                        applied = e;
                        exemptionReason = $"exempted by {e.Id} ({e.Name}): contract of {signed:yyyy-MM-dd} predates {cutoff:yyyy-MM-dd} and the wind-down runs to {w.Until:yyyy-MM-dd} [{w.Status.Name()}]";
                        continue;
                    }
                    break;
            }
            possible.Add(e);
        }
        var activeCap = m.Caps.FirstOrDefault(c => !c.NeverInForce && c.Period?.WindowContaining(flow.Date) is not null);
        var reason = Reason(m, flow, direction, hit, activeCap, exemptionReason);
        return new MeasureMatch(m, applied is null ? MatchStatus.Applies : MatchStatus.Exempted, applied, hit.Coverage, hit.Selector, direction, reason, possible)
        {
            ActiveCap = activeCap,
        };
    }

    private static string Reason(Measure m, FlowQuery flow, MeasureDirection direction, HsHit hit, Cap? cap, string? exemption)
    {
        var parts = new List<string>
        {
            $"HS {flow.Hs.Digits} {hit.How} selector {hit.Selector.Text} (HS-{hit.Selector.Confidence.Name().ToUpperInvariant()}, {hit.Selector.Status.Name()})",
        };
        if (hit.Note is not null)
        {
            parts.Add(hit.Note);
        }
        if (hit.Coverage == MatchCoverage.Partial)
        {
            parts.Add("partial match");
        }
        if (m.Scope.Basis == ScopeBasis.List)
        {
            parts.Add("list-based, needs item review");
        }
        parts.Add($"in force {m.WindowText} on {flow.Date:yyyy-MM-dd}");
        parts.Add($"{direction.Name()}: {flow.From} -> {flow.To}");
        if (cap is not null)
        {
            parts.Add("cap " + CapText(cap));
        }
        if (m.Type == MeasureType.Cap && cap is null)
        {
            parts.Add("no cap window open on this date: supply is banned outside the quota");
        }
        if (exemption is not null)
        {
            parts.Add(exemption);
        }
        return string.Join("; ", parts);
    }

    internal static string CapText(Cap cap)
    {
        var limits = cap.Limits.Select(l => l.Amount is { } a
            ? $"{a.ToString("#,0.##", CultureInfo.InvariantCulture)} {l.Unit?.Name()}"
            : $"{l.Baseline}");
        var joiner = cap.Combine == CapCombine.WhicheverIsLower ? " or " : cap.Combine == CapCombine.EquivalentUnits ? " = " : ", ";
        var combine = cap.Combine == CapCombine.WhicheverIsLower ? ", whichever is lower" : "";
        return $"{string.Join(joiner, limits)}{combine} per {cap.Period?.Text}";
    }
}
