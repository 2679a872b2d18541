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

    private const int LeadSourceReach = 600;

    private static List<Claim> Finish(Article article, List<Draft> drafts)
    {
        var text = article.Text;
        // Lead sentences and headlines sum up what the body details, so a claim stated before any period or
        // source takes the article's first one ("Russia has roughly doubled … exports").
        var firstPeriod = drafts.FirstOrDefault(d => d.Period is not null && !d.IsBase)?.Period;
        var firstSourced = drafts.FirstOrDefault(d => d.Source is not null);
        var seenPeriod = false;
        var seenSource = false;
        foreach (var d in drafts)
        {
            seenPeriod |= d.Period is not null;
            seenSource |= d.Source is not null;
            if (!seenPeriod)
            {
                d.Period = firstPeriod;
                d.PeriodInferred = true;
            }
            // A source named further down covers a headline or lead only when it follows closely.
            if (!seenSource && firstSourced is not null && firstSourced.Span.Start - d.Span.End < LeadSourceReach)
            {
                d.Source = firstSourced.Source;
            }
        }

        var kept = new List<Draft>();
        var seen = new HashSet<(ClaimKind, decimal?, string?, string)>();
        foreach (var d in drafts)
        {
            var key = Normalize(text[d.Span.Start..d.Span.End]);
            // The same words twice (a standfirst repeated as the lead) are one claim, not two.
            if (key.Length > 0 && !seen.Add((d.Kind, d.Value, d.Unit, key)))
            {
                continue;
            }
            kept.Add(d);
        }

        var lines = LineStarts(text);
        var claims = new List<Claim>(kept.Count);
        foreach (var d in kept)
        {
            var (line, column) = Locate(lines, d.Amount.Span.Start);
            claims.Add(new Claim
            {
                Id = claims.Count,
                Quote = text[d.Span.Start..d.Span.End],
                Span = d.Span,
                NumberSpan = d.Amount.Span,
                Line = line,
                Column = column,
                Kind = d.Kind,
                Flow = d.Flow,
                From = d.From,
                To = d.To,
                Commodity = d.Commodity,
                Hs = d.Hs,
                Value = d.Value,
                Unit = d.Unit,
                Period = d.Period,
                PeriodInferred = d.PeriodInferred,
                Comparison = d.Comparison,
                Source = d.Source,
                Notes = d.Notes,
                Qualifier = d.Amount.Qualifier,
                Measure = d.Measure,
            });
        }
        return claims;
    }

    private static string Normalize(string quote)
    {
        var chars = quote.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray();
        return new string(chars);
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts;
    }

    private static (int Line, int Column) Locate(List<int> lineStarts, int index)
    {
        var i = lineStarts.BinarySearch(index);
        if (i < 0)
        {
            i = ~i - 1;
        }
        return (i + 1, index - lineStarts[i] + 1);
    }
}
