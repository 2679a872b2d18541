using System.Text.RegularExpressions;
using Tradewatch.Claims.Recognizers;

namespace Tradewatch.Claims.Assembly;

internal sealed partial class ClaimAssembler
{
    private static void AssignCommodity(SentenceView view, Draft draft, (int Left, int Right) bounds, List<Draft> earlier)
    {
        var amount = draft.Amount;
        var from = Math.Max(bounds.Left, view.ClauseStart(amount.Span.Start));
        var to = Math.Min(bounds.Right, view.ClauseEnd(amount.Span.End));
        var best = view.Commodities.Where(c => c.Span.Start >= from && c.Span.End <= to)
            .OrderBy(c => c.Span.End <= amount.Span.Start ? amount.Span.Start - c.Span.End : c.Span.Start - amount.Span.End)
            .FirstOrDefault();
        if (best is not null)
        {
            (draft.Commodity, draft.Hs) = (best.Name, best.Hs);
        }
        else if (WorthOf().Match(view.Text, amount.Span.End, Math.Min(70, view.End - amount.Span.End)) is { Success: true } worth
            && !PlainGoods().IsMatch(worth.Groups["np"].Value))
        {
            // "400,000 US dollars' worth of goods that would now be banned": a subset of trade, named in words.
            draft.Commodity = worth.Groups["np"].Value.Trim();
        }
        else if (earlier.Count > 0 && (draft.Kind is ClaimKind.GrowthRate or ClaimKind.Share || draft.IsBase
            || earlier[^1].Amount.Span.End >= view.ClauseStart(amount.Span.Start)
            || (earlier[^1].Unit == draft.Unit && !view.Cues.Any(c => c.Kind is CueKind.Exports or CueKind.Imports or CueKind.Trade or CueKind.Turnover
                && c.Span.Start >= view.ClauseStart(amount.Span.Start) && c.Span.End <= view.ClauseEnd(amount.Span.End)))))
        {
            (draft.Commodity, draft.Hs) = (earlier[^1].Commodity, earlier[^1].Hs);
        }
    }

    [GeneratedRegex(@"\G['’]?s?\s+worth\s+of\s+(?<np>[^,.;:()]{3,60})", RegexOptions.IgnoreCase)]
    private static partial Regex WorthOf();

    [GeneratedRegex(@"^\s*(?:goods|products|merchandise|items|exports|imports|trade)\b(?!\s+(?:that|which|banned|subject|under|now|covered|targeted))", RegexOptions.IgnoreCase)]
    private static partial Regex PlainGoods();

    // What kind of figure a value is, from its clause: a cap ("capped at", "quota") or a plan ("planned to … by 2020").
    [GeneratedRegex(@"\b(?:cap(?:s|ped)?|ceiling|quota|limit(?:s|ed)?|maximum|can\s+only|allowed\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CapWords();

    [GeneratedRegex(@"\b(?:plan(?:s|ned)?|target(?:s|ed)?|aim(?:s|ed)?|goal|pledge[sd]?|promise[sd]?|expect(?:s|ed)?|forecasts?|projected|intends?|intended)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TargetWords();

    private static void AssignMeasure(SentenceView view, Draft draft)
    {
        if (draft.Measure is not null || draft.Kind is not (ClaimKind.TradeValue or ClaimKind.TradeQuantity or ClaimKind.GrowthRate))
        {
            return;
        }
        var clause = view.Text[view.ClauseStart(draft.Amount.Span.Start)..view.ClauseEnd(draft.Amount.Span.End)];
        draft.Measure = CapWords().IsMatch(clause) ? "cap" : TargetWords().IsMatch(clause) ? "target" : null;
    }
}
