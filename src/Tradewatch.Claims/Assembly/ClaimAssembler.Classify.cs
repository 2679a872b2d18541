using System.Text.RegularExpressions;
using Tradewatch.Claims.Recognizers;

namespace Tradewatch.Claims.Assembly;

internal sealed partial class ClaimAssembler
{
    // A percentage right after "from"/"to" is a level ("up from 95.6 percent", "rose to 5 percent"), not a change.
    [GeneratedRegex(@"\b(?:from|to|at)\s+(?:(?:about|around|nearly|almost|roughly|some|just|only|over|more\s+than|less\s+than|an\s+estimated)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelBefore();

    [GeneratedRegex(@"^\s*(?:(?<rise>jump|increase|rise|growth|gain|surge|hike|more|higher|greater|larger|up)|(?<fall>drop|decline|decrease|fall|cut|reduction|less|lower|fewer|smaller|down|plunge|slump|contraction))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeAfter();

    [GeneratedRegex(@"^\s*(?:on[\s-]year|year[\s-]on[\s-]year|from\s+a\s+year)", RegexOptions.IgnoreCase)]
    private static partial Regex OnYearAfter();

    // "from $1.8 billion", "compared with $56 million", "double the $24.04 million": the amount is a base.
    [GeneratedRegex(@"\b(?:from|compared\s+(?:with|to)|compares?\s+with|(?<!\b(?:more|less|fewer|rather|other)\s+)than|versus|against|(?:double|triple|twice)\s+the)(?:\s+(?:a|an|the|its|their|about|around|nearly|almost|some|roughly|just|only|over|more\s+than|less\s+than|estimated|previous\s+year['’]s|prior\s+year['’]s|last\s+year['’]s|year-earlier|record|deficit\s+of|surplus\s+of|total\s+of|level\s+of|low\s+of|high\s+of))*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BaseBefore();

    /// <summary>Chars before a percentage in which a change verb still governs it ("decreased last year by around 11%").</summary>
    private const int ChangeWindow = 40;

    private static void Classify(SentenceView view, Draft draft, (int Left, int Right) bounds)
    {
        var text = view.Text;
        var amount = draft.Amount;
        var before = text[Math.Max(bounds.Left, amount.Span.Start - ChangeWindow)..amount.Span.Start];
        draft.IsBase = BaseBefore().IsMatch(text[Math.Max(bounds.Left, amount.Span.Start - 45)..amount.Span.Start]);
        switch (amount.Kind)
        {
            case AmountKind.Money:
                var clause = new TextSpan(view.ClauseStart(amount.Span.Start), view.ClauseEnd(amount.Span.End));
                draft.Kind = view.Cues.Any(c => c.Kind == CueKind.Debt && clause.Covers(c.Span)) ? ClaimKind.DebtOrInvestment : ClaimKind.TradeValue;
                break;
            case AmountKind.Quantity:
                draft.Kind = ClaimKind.TradeQuantity;
                break;
            case AmountKind.Record:
                draft.Kind = ClaimKind.Other;
                draft.Measure = "record_claim";
                break;
            case AmountKind.Fraction:
                draft.Kind = amount.IsRatio ? ClaimKind.Other : ClaimKind.Share;
                break;
            case AmountKind.Multiple:
                draft.Kind = ClaimKind.GrowthRate;
                if (amount.ImpliesFall && draft.Value > 0)
                {
                    draft.Value = -draft.Value;
                }
                break;
            case AmountKind.Percent:
                ClassifyPercent(view, draft, before, bounds);
                break;
        }
    }

    private static void ClassifyPercent(SentenceView view, Draft draft, string before, (int Left, int Right) bounds)
    {
        var text = view.Text;
        var amount = draft.Amount;
        if (LevelBefore().IsMatch(before))
        {
            draft.Kind = ClaimKind.Share;
            return;
        }
        var windowStart = Math.Max(bounds.Left, amount.Span.Start - ChangeWindow);
        var cue = view.Cues.LastOrDefault(c => c.Span.Start >= windowStart && c.Span.End <= amount.Span.Start
            && c.Kind is CueKind.Rise or CueKind.Fall or CueKind.ShareVerb);
        var after = text.AsSpan(amount.Span.End, Math.Min(30, text.Length - amount.Span.End)).ToString();
        var change = ChangeAfter().Match(after);
        if (cue is { Kind: CueKind.ShareVerb } || (cue is null && !change.Success && !OnYearAfter().IsMatch(after)))
        {
            draft.Kind = ClaimKind.Share;
            return;
        }
        draft.Kind = ClaimKind.GrowthRate;
        var fall = cue is not null ? cue.Kind == CueKind.Fall : change.Groups["fall"].Success;
        if (cue is not null && change.Success)
        {
            // "10.8% less than": the word right after the number decides.
            fall = change.Groups["fall"].Success;
        }
        if (fall && draft.Value > 0)
        {
            draft.Value = -draft.Value;
        }
    }
}
