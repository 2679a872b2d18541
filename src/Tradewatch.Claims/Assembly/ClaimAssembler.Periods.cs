using System.Text.RegularExpressions;
using Tradewatch.Claims.Recognizers;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Assembly;

internal sealed partial class ClaimAssembler
{
    [GeneratedRegex(@"\brespectively\b", RegexOptions.IgnoreCase)]
    private static partial Regex Respectively();

    [GeneratedRegex(@"\bof\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfWord();

    private static void AssignPeriod(SentenceView view, Draft draft, (int Left, int Right) bounds, ReadingContext reading, ref Period? lastMain)
    {
        var amount = draft.Amount;
        var main = lastMain ?? reading.Period;
        var usable = view.Periods.Where(p => p.Role != PeriodRole.Ignore).ToList();
        var stop = StrongBoundaryAfter(view, amount.Span.End, bounds.Right);
        var after = usable.Where(p => p.Span.Start >= amount.Span.End && p.Span.End <= stop).ToList();
        var before = usable.Where(p => p.Span.Start >= bounds.Left && p.Span.End <= amount.Span.Start
            && (draft.IsBase || p.Role == PeriodRole.Main)).ToList();
        if (amount.PerYear)
        {
            draft.Period = null;
            return;
        }
        var isLevelOrValue = draft.Kind is ClaimKind.TradeValue or ClaimKind.TradeQuantity or ClaimKind.DebtOrInvestment
            || (draft.Kind == ClaimKind.Share && draft.IsBase);

        if (draft.IsBase)
        {
            // The base of a comparison: its own stated period, else the same months a year before.
            var own = after.FirstOrDefault() ?? before.LastOrDefault();
            draft.Period = own is not null ? ResolveBase(own, main) : main?.PreviousYear();
            draft.PeriodInferred = own is null;
            return;
        }

        PeriodMention? chosen;
        if (isLevelOrValue)
        {
            chosen = after.FirstOrDefault() ?? before.LastOrDefault();
        }
        else
        {
            // Growth and shares: only a main period directly after counts; "30 percent of last year's volume"
            // and "up 99.6 percent … in the same period last year" name the base, not the claim's period.
            chosen = after.FirstOrDefault(p => p.Role == PeriodRole.Main
                && (draft.Kind != ClaimKind.Share || !OfWord().IsMatch(view.Text[amount.Span.End..p.Span.Start])));
            if (chosen is null && lastMain is null)
            {
                chosen = usable.LastOrDefault(p => p.Role == PeriodRole.Main && p.Span.End <= amount.Span.Start);
            }
        }
        var period = chosen is not null ? Resolve(chosen, main) : null;
        draft.PeriodInferred = chosen is null;
        period ??= lastMain;
        if (period is null && !isLevelOrValue)
        {
            // "increase trade almost ten-fold to $1 billion by 2020": the change is for the period of the
            // figure it leads to, unless that figure is a base ("from 1,600 tons last year").
            period = usable.FirstOrDefault(p => p.Role == PeriodRole.Main && p.Relation == PeriodRelation.Absolute && p.Period is not null
                && p.Span.Start >= amount.Span.End && !BaseBefore().IsMatch(view.Text[amount.Span.End..p.Span.Start]))?.Period;
        }
        period ??= reading.Period;
        draft.Period = period;
        if (period is not null)
        {
            lastMain = period;
        }
    }

    /// <summary>First ';', ':' or dash after <paramref name="from"/>: a period beyond it belongs to another statement.</summary>
    private static int StrongBoundaryAfter(SentenceView view, int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            if (view.Text[i] is ';' or '–' or '—' || (view.Text[i] == ':' && i + 1 < view.Text.Length && view.Text[i + 1] == ' '))
            {
                return i;
            }
        }
        return limit;
    }

    private static Period? Resolve(PeriodMention mention, Period? main) => mention.Relation switch
    {
        PeriodRelation.YearBeforeMain => main?.PreviousYear(),
        PeriodRelation.SameAsMain => main,
        _ => mention.Period,
    };

    /// <summary>
    /// A base period. "from 1,600 tons last year" after a Jan–Apr figure means Jan–Apr of last year: news
    /// compares like with like, so a bare "last year" on a base takes the main period's months.
    /// </summary>
    private static Period? ResolveBase(PeriodMention mention, Period? main)
    {
        if (mention.IsLastYear && main is { } m && !m.IsCalendarYear && mention.Period is { } ly && m.Start.Year == ly.Start.Year + 1)
        {
            return m.PreviousYear();
        }
        return mention.Relation == PeriodRelation.SameAsMain ? main?.PreviousYear() : Resolve(mention, main);
    }

    /// <summary>"1.23 million tons and 6,300 tons in February and March, respectively": pair them in order.</summary>
    private static void DistributeRespectively(SentenceView view, List<Draft> drafts)
    {
        var word = Respectively().Match(view.Text, view.Start, view.End - view.Start);
        if (!word.Success)
        {
            return;
        }
        var last = drafts.LastOrDefault(d => d.Amount.Span.End <= word.Index);
        if (last is null)
        {
            return;
        }
        var clauseStart = view.ClauseStart(last.Amount.Span.Start);
        var amounts = drafts.Where(d => d.Amount.Span.Start >= clauseStart && d.Amount.Span.End <= word.Index).ToList();
        if (amounts.Count < 2)
        {
            return;
        }
        var lastAmountEnd = amounts[^1].Amount.Span.End;
        var periods = view.Periods.Where(p => p.Role == PeriodRole.Main && p.Span.Start >= lastAmountEnd && p.Span.End <= word.Index && p.Period is not null).ToList();
        if (periods.Count != amounts.Count)
        {
            return;
        }
        for (var i = 0; i < amounts.Count; i++)
        {
            amounts[i].Period = periods[i].Period;
            amounts[i].PeriodInferred = false;
        }
    }

    /// <summary>Growth claims get their base: the amount after "from"/"compared with", and the base period.</summary>
    private static void AssignComparisons(SentenceView view, List<Draft> drafts)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Kind != ClaimKind.GrowthRate)
            {
                continue;
            }
            var nextGrowth = drafts.Skip(i + 1).FirstOrDefault(x => x.Kind == ClaimKind.GrowthRate)?.Amount.Span.Start ?? view.End;
            var baseDraft = drafts.Skip(i + 1).FirstOrDefault(x => x.IsBase && x.Amount.Span.Start < nextGrowth
                && x.Kind is ClaimKind.TradeValue or ClaimKind.TradeQuantity);
            var comparisonMention = view.Periods.FirstOrDefault(p => p.Role == PeriodRole.Comparison
                && p.Span.Start >= d.Amount.Span.End && p.Span.Start < nextGrowth
                && (baseDraft is null || p.Span.Start < baseDraft.Amount.Span.Start || p.Span.Start > baseDraft.Amount.Span.End));
            var period = baseDraft?.Period
                ?? (comparisonMention is not null ? ResolveBase(comparisonMention, d.Period) : d.Period?.PreviousYear());
            d.Comparison = new ClaimComparison(baseDraft?.Value, baseDraft?.Unit, period);
        }
    }
}
