namespace Tradewatch.Claims.Assembly;

internal sealed partial class ClaimAssembler
{
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
