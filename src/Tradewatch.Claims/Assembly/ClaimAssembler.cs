using Tradewatch.Claims.Recognizers;
using Tradewatch.Claims.Text;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Assembly;

/// <summary>
/// Turns recognizer mentions into claims, sentence by sentence: each amount becomes a claim whose kind, flow,
/// countries, period, comparison, commodity and source come from the words around it, or, when the sentence
/// is silent, from what the article established before (<see cref="ReadingContext"/>).
/// </summary>
internal sealed partial class ClaimAssembler(ClaimExtractorOptions options)
{
    public List<Claim> Assemble(RecognitionContext context)
    {
        var article = context.Article;
        var text = article.Text;
        var all = context.Mentions.Where(m => !context.IsMetadata(m.Span.Start)).OrderBy(m => m.Span.Start).ToList();
        var sources = all.OfType<SourceMention>().ToList();
        var amounts = RemoveOverlaps(all.OfType<AmountMention>());
        var countries = all.OfType<CountryMention>().Where(c => !sources.Any(s => s.Span.Overlaps(c.Span))).ToList();
        var periods = all.OfType<PeriodMention>().ToList();
        var commodities = all.OfType<CommodityMention>().ToList();
        var cues = all.OfType<CueMention>().Where(c => !sources.Any(s => s.Span.Overlaps(c.Span))).ToList();

        var reading = new ReadingContext();
        var drafts = new List<Draft>();
        foreach (var sentence in SentenceSplitter.Split(article))
        {
            var view = new SentenceView
            {
                Sentence = sentence,
                Text = text,
                Amounts = Within(amounts, sentence.Span),
                Periods = Within(periods, sentence.Span),
                Countries = Within(countries, sentence.Span),
                Commodities = Within(commodities, sentence.Span),
                Sources = Within(sources, sentence.Span),
                Cues = Within(cues, sentence.Span),
            };
            ReadSentence(view, reading, drafts);
        }
        return Finish(article, drafts);
    }

    private void ReadSentence(SentenceView view, ReadingContext reading, List<Draft> drafts)
    {
        var source = view.Sources.OrderByDescending(s => s.Strength).FirstOrDefault();
        if (source is not null)
        {
            reading.Source = source.Name;
        }
        var roles = CountryRoles(view);
        if (view.Amounts.Count == 0)
        {
            UpdatePairFromRoles(view, roles, reading);
            return;
        }

        Period? lastMain = null;
        var sentenceDrafts = new List<Draft>();
        Period? sentencePeriod = null;
        for (var i = 0; i < view.Amounts.Count; i++)
        {
            var amount = view.Amounts[i];
            var draft = new Draft { Amount = amount, Sentence = view.Sentence };
            var bounds = Bounds(view, i);
            draft.Span = QuoteSpan(view, amount);
            draft.Value = amount.Value;
            draft.Unit = amount.Unit;
            Classify(view, draft, bounds);
            AssignFlowAndCountries(view, draft, roles, reading, sentenceDrafts);
            AssignPeriod(view, draft, bounds, reading, ref lastMain);
            AssignCommodity(view, draft, bounds, sentenceDrafts);
            AssignMeasure(view, draft);
            draft.Source = source?.Name ?? reading.Source;
            sentenceDrafts.Add(draft);
            if (!draft.IsBase && draft.Period is { } p)
            {
                sentencePeriod = p;
            }
        }
        DistributeRespectively(view, sentenceDrafts);
        AssignComparisons(view, sentenceDrafts);
        if (sentencePeriod is not null)
        {
            reading.Period = sentencePeriod;
        }
        drafts.AddRange(sentenceDrafts);
    }

    /// <summary>Text range that belongs to amount <paramref name="i"/>: from the previous amount to the next one.</summary>
    private static (int Left, int Right) Bounds(SentenceView view, int i)
    {
        var left = i == 0 ? view.Start : view.Amounts[i - 1].Span.End;
        var right = view.End;
        for (var j = i + 1; j < view.Amounts.Count; j++)
        {
            // "$31.83 million (29 million euros) in the January-March quarter": the bracketed conversion
            // does not cut the first amount off from its period.
            if (!IsBracketed(view.Text, view.Amounts[j].Span) && !IsValuation(view.Text, view.Amounts[j - 1].Span.End, view.Amounts[j].Span.Start))
            {
                right = view.Amounts[j].Span.Start;
                break;
            }
        }
        return (left, right);
    }

    // "7.5 million tons of coal worth $408.7 million this year": the value and the tonnage share one period.
    private static bool IsValuation(string text, int previousEnd, int start) =>
        start - previousEnd < 40 && ValuationBetween().IsMatch(text[previousEnd..start]);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:of\s+[\w\s-]{1,25}?\s+)?(?:worth|valued\s+at|with\s+a\s+value\s+of)\s+(?:about\s+|around\s+|some\s+|an\s+estimated\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ValuationBetween();

    private static bool IsBracketed(string text, TextSpan span)
    {
        var s = span.Start - 1;
        while (s >= 0 && text[s] == ' ')
        {
            s--;
        }
        return s >= 0 && text[s] == '(';
    }

    private static TextSpan QuoteSpan(SentenceView view, AmountMention amount)
    {
        var start = view.ClauseStart(amount.Span.Start);
        var end = Math.Max(view.ClauseEnd(amount.Span.End), amount.Span.End);
        start = Math.Min(start, amount.Span.Start);
        while (start < amount.Span.Start && view.Text[start] is '-' or '–' or '—' or ' ' or '"' or '“' or '\'' or '‘')
        {
            start++;
        }
        while (end > amount.Span.End && view.Text[end - 1] is ' ' or '.' or ',' or '"' or '“' or '\'')
        {
            end--;
        }
        return new TextSpan(start, end);
    }

    private static List<AmountMention> RemoveOverlaps(IEnumerable<AmountMention> amounts)
    {
        var result = new List<AmountMention>();
        foreach (var a in amounts.OrderBy(a => a.Span.Start).ThenByDescending(a => a.Span.Length))
        {
            if (result.Count > 0 && result[^1].Span.Overlaps(a.Span))
            {
                continue;
            }
            result.Add(a);
        }
        return result;
    }

    private static List<T> Within<T>(List<T> sorted, TextSpan span) where T : Mention
    {
        var lo = 0;
        var hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid].Span.Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        var result = new List<T>();
        for (var i = lo; i < sorted.Count && sorted[i].Span.Start < span.End; i++)
        {
            if (sorted[i].Span.End <= span.End)
            {
                result.Add(sorted[i]);
            }
        }
        return result;
    }
}
