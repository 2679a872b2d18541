using System.Text.RegularExpressions;
using Tradewatch.Claims.Recognizers;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Assembly;

internal sealed partial class ClaimAssembler
{
    private static readonly HashSet<string> s_sellVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "sold", "sells", "sell", "selling", "supplied", "supplies", "supply", "supplying", "shipped", "ships", "sent", "sends",
        "gave", "gives", "provided", "provides", "delivered",
    };

    // "North Korea's overall external trade", "total imports": the other side is the whole world.
    [GeneratedRegex(@"\b(?:overall|external|foreign|global|worldwide|total|overseas)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WorldBefore();

    [GeneratedRegex(@"^['’]?s?\s+(?:government\s+|officials?\s+)?(?:estimates?|estimated|believes|told|noted|claimed|warned)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AttributionAfter();

    private static List<(CountryMention Mention, CountryRole Role)> CountryRoles(SentenceView view)
    {
        var roles = new List<(CountryMention, CountryRole)>();
        for (var i = 0; i < view.Countries.Count; i++)
        {
            var c = view.Countries[i];
            CountryRole role;
            if (c.PairedWithPrevious && roles.Count > 0)
            {
                roles[^1] = (roles[^1].Item1, CountryRole.PairFirst);
                role = CountryRole.PairSecond;
            }
            else
            {
                var word = WordBefore(view.Text, c.Span.Start, view.Start);
                role = word switch
                {
                    "to" or "into" or "toward" or "towards" or "for" => CountryRole.Destination,
                    "from" => CountryRole.Origin,
                    "with" => CountryRole.Partner,
                    "between" => CountryRole.PairFirst,
                    "and" when roles.Count > 0 && roles[^1].Item2 == CountryRole.PairFirst => CountryRole.PairSecond,
                    "of" => c.Possessive ? CountryRole.Owner : CountryRole.Other,
                    "in" or "at" or "on" or "by" or "near" or "against" => CountryRole.Other,
                    _ when s_sellVerbs.Contains(word) => CountryRole.Destination,
                    // "which the U.S. estimates would cut…": the country speaks; it is not a side of the trade.
                    _ when AttributionAfter().IsMatch(view.Text.AsSpan(c.Span.End, Math.Min(20, view.Text.Length - c.Span.End)).ToString()) => CountryRole.Other,
                    _ => c.Possessive || c.Form == CountryForm.Adjective ? CountryRole.Owner : CountryRole.Subject,
                };
            }
            roles.Add((c, role));
        }
        return roles;
    }

    /// <summary>The lower-cased word before <paramref name="index"/>, skipping "the".</summary>
    private static string WordBefore(string text, int index, int floor)
    {
        for (var skips = 0; skips < 2; skips++)
        {
            var end = index;
            while (end > floor && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
            var start = end;
            while (start > floor && char.IsLetter(text[start - 1]))
            {
                start--;
            }
            var word = text[start..end].ToLowerInvariant();
            if (word != "the" || skips == 1)
            {
                return word;
            }
            index = start;
        }
        return "";
    }

    private void AssignFlowAndCountries(SentenceView view, Draft draft, List<(CountryMention Mention, CountryRole Role)> roles,
        ReadingContext reading, List<Draft> earlier)
    {
        var pos = draft.Amount.Span.Start;
        var flowCue = view.Cues.LastOrDefault(c => c.Span.End <= pos && IsFlowCue(c.Kind))
            ?? view.Cues.FirstOrDefault(c => c.Span.Start >= draft.Amount.Span.End && IsFlowCue(c.Kind));
        ClaimFlow? flow = flowCue?.Kind switch
        {
            CueKind.Exports => ClaimFlow.Exports,
            CueKind.Imports => ClaimFlow.Imports,
            CueKind.Trade => ClaimFlow.TotalTrade,
            CueKind.Turnover => ClaimFlow.Turnover,
            _ => null,
        };
        var clauseStart = view.ClauseStart(pos);
        var nonTrade = view.Cues.Any(c => c.Kind == CueKind.NonTrade && c.Span.Start >= clauseStart && c.Span.End <= view.ClauseEnd(draft.Amount.Span.End))
            && !view.Cues.Any(c => IsFlowCue(c.Kind) && c.Span.Start >= clauseStart && c.Span.End <= view.ClauseEnd(draft.Amount.Span.End));
        if (nonTrade)
        {
            // "the North's economy shrank 4.1 percent", "earned $500 million from overseas workers": a number
            // about the country, not about a flow between two; it neither inherits nor sets the trade context.
            draft.Flow = null;
            draft.From = roles.LastOrDefault(r => r.Mention.Span.End <= pos && r.Role is CountryRole.Owner or CountryRole.Subject).Mention?.Country;
            draft.To = null;
            if (draft.Kind is ClaimKind.TradeValue or ClaimKind.TradeQuantity)
            {
                draft.Kind = ClaimKind.Other;
            }
            return;
        }
        if (flowCue is null)
        {
            flow = earlier.Count > 0 ? earlier[^1].Flow : reading.Flow;
        }
        if (draft.Kind == ClaimKind.DebtOrInvestment)
        {
            flow = null;
        }
        draft.Flow = flow;
        if (flowCue?.Kind == CueKind.Balance)
        {
            draft.Measure = view.Text[flowCue.Span.Start..flowCue.Span.End].StartsWith("surplus", StringComparison.OrdinalIgnoreCase) ? "surplus" : "deficit";
        }

        var adjacentOwner = roles.LastOrDefault(r => r.Mention.Span.End <= pos && r.Mention.Possessive
            && view.Text[r.Mention.Span.End..pos].Trim().TrimStart('\'', '’', 's').Trim().Length == 0).Mention?.Country;
        var clauseEnd = view.ClauseEnd(draft.Amount.Span.End);
        var candidates = roles.Where(r => r.Mention.Span.Start < clauseEnd && !OwnsAnotherAmount(view, r.Mention, draft.Amount)).ToList();
        // Destinations, origins and partners belong to the flow word that governs this amount: in "exports to
        // China were $200 million and its imports from China were $2.5 billion", "to China" is not the imports'.
        var frameStart = flowCue is not null && flowCue.Span.End <= pos ? flowCue.Span.Start : draft.Sentence.Span.Start;
        var frameEnd = view.Cues.FirstOrDefault(c => c.Span.Start >= draft.Amount.Span.End && IsFlowCue(c.Kind) && c != flowCue)?.Span.Start ?? clauseEnd;
        var framed = candidates.Where(r => r.Mention.Span.Start < frameEnd
            && (r.Mention.Span.Start >= frameStart || r.Role is CountryRole.Owner or CountryRole.Subject or CountryRole.PairFirst or CountryRole.PairSecond)).ToList();
        CountryCode? Nearest(Func<CountryRole, bool> accept, bool preferAfter)
        {
            var beforeHit = framed.LastOrDefault(r => r.Mention.Span.End <= pos && accept(r.Role)).Mention;
            var afterHit = framed.FirstOrDefault(r => r.Mention.Span.Start >= pos && accept(r.Role)).Mention;
            return (preferAfter ? afterHit ?? beforeHit : beforeHit ?? afterHit)?.Country;
        }
        var owner = adjacentOwner ?? Nearest(r => r is CountryRole.Owner or CountryRole.Subject, preferAfter: false);
        var destination = Nearest(r => r == CountryRole.Destination, preferAfter: true);
        var origin = Nearest(r => r == CountryRole.Origin, preferAfter: true);
        var partner = Nearest(r => r == CountryRole.Partner, preferAfter: true);
        var pairFirst = roles.FirstOrDefault(r => r.Role == CountryRole.PairFirst).Mention?.Country;
        var pairSecond = roles.FirstOrDefault(r => r.Role == CountryRole.PairSecond).Mention?.Country;
        if (pairFirst is null && view.Cues.Any(c => c.Kind == CueKind.PairReference))
        {
            (pairFirst, pairSecond) = (reading.Owner, reading.Partner);
        }
        var world = flowCue is not null && pairSecond is null && partner is null && draft.Kind != ClaimKind.Share
            && WorldBefore().IsMatch(view.Text[Math.Max(view.Start, flowCue.Span.Start - 25)..flowCue.Span.Start]);

        CountryCode? from, to;
        switch (flow)
        {
            case ClaimFlow.Exports:
                from = adjacentOwner ?? origin ?? owner ?? pairFirst ?? reading.Owner;
                to = destination ?? partner ?? (from == pairFirst ? pairSecond : null) ?? (world ? null : reading.Other(from));
                break;
            case ClaimFlow.Imports:
                to = destination ?? owner ?? reading.Owner;
                from = origin ?? partner ?? (world ? null : reading.Other(to));
                break;
            case ClaimFlow.TotalTrade or ClaimFlow.Turnover:
                from = pairFirst ?? owner ?? adjacentOwner ?? reading.Owner;
                to = pairSecond ?? partner ?? destination ?? origin ?? (world ? null : reading.Other(from));
                break;
            default:
                from = adjacentOwner ?? owner ?? origin ?? pairFirst ?? reading.Owner;
                to = destination ?? partner ?? pairSecond ?? reading.Other(from);
                break;
        }
        if (to == from && to is not null)
        {
            // Context supplied one side and the sentence names the same country for the other: trust the sentence.
            if (destination == to || pairSecond == to)
            {
                from = reading.Other(to) is { } o && o != to && flow != ClaimFlow.Exports ? o : null;
            }
            else
            {
                to = reading.Other(from) is { } other && other != from ? other : null;
            }
        }
        if (!world && options.FocusCountry is { } focus)
        {
            if (from is not null && to is null && from != focus)
            {
                to = focus;
            }
            else if (to is not null && from is null && to != focus && flow != ClaimFlow.Imports)
            {
                from = focus;
            }
        }
        draft.From = from;
        draft.To = to;
        if (draft.IsBase)
        {
            return;
        }
        reading.Flow = flow;
        if (world)
        {
            (reading.Owner, reading.Partner) = (flow == ClaimFlow.Imports ? to : from, null);
        }
        else if (flow == ClaimFlow.Imports)
        {
            reading.SetPair(to, from);
        }
        else
        {
            reading.SetPair(from, to);
        }
    }

    /// <summary>"North Korea's $11 billion": a possessive right before another amount belongs to that amount.</summary>
    private static bool OwnsAnotherAmount(SentenceView view, CountryMention country, AmountMention amount)
    {
        if (!country.Possessive)
        {
            return false;
        }
        foreach (var other in view.Amounts)
        {
            if (other != amount && other.Span.Start >= country.Span.End
                && view.Text[country.Span.End..other.Span.Start].Trim().TrimStart('\'', '’', 's').Trim().Length == 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsFlowCue(CueKind kind) =>
        kind is CueKind.Exports or CueKind.Imports or CueKind.Trade or CueKind.Turnover or CueKind.Balance;

    private static void UpdatePairFromRoles(SentenceView view, List<(CountryMention Mention, CountryRole Role)> roles, ReadingContext reading)
    {
        if (roles.Count == 0 || !view.Cues.Any(c => IsFlowCue(c.Kind)))
        {
            return;
        }
        // Only a country that does the trading sets the pair: "Russian exports", "Russia shipped…", not the
        // subject of some other verb ("The United States has asked … deliveries to North Korea").
        var owner = roles.FirstOrDefault(r => r.Role is CountryRole.Owner or CountryRole.PairFirst
            || (r.Role == CountryRole.Subject && view.Cues.Any(c => IsFlowCue(c.Kind) && c.Span.Start >= r.Mention.Span.End && c.Span.Start - r.Mention.Span.End < 30))).Mention?.Country;
        var partner = roles.FirstOrDefault(r => r.Role is CountryRole.Destination or CountryRole.Origin or CountryRole.Partner or CountryRole.PairSecond
            && r.Mention.Country != owner).Mention?.Country;
        reading.SetPair(owner, partner);
    }
}
