using Tradewatch.Domain;

namespace Tradewatch.Claims.Ledger;

/// <summary>
/// The range one dataset puts on a claim's figure for one direction of trade: exact when its rows cover the claim's
/// goods and months exactly; a lower bound when they hold only part of the goods (an extract of two chapters against
/// an all-goods claim); an upper bound when a row covers more goods (chapter 27 against coal) or more months (a year
/// against January–November); open above for months the dataset has no rows for.
/// </summary>
internal sealed record LedgerRange(decimal Low, decimal? High, IReadOnlyList<string> Caveats, long Rows, IReadOnlyList<string> Lines, string? Side, bool Estimated)
{
    public bool IsExact => High == Low && Caveats.Count == 0;

    public bool IsInformative => Low > 0 || High is not null;

    public static LedgerRange From(IReadOnlyList<LedgerPart> parts, Period period, ClaimGoods goods)
    {
        decimal low = 0, high = 0;
        var open = false;
        var caveats = new List<string>();
        var covered = new HashSet<Month>();
        var lines = new List<string>();
        var unrelated = new SortedSet<string>(StringComparer.Ordinal);
        long rows = 0;
        string? side = null;
        var estimated = false;
        foreach (var group in parts.Where(p => p.Period.Overlaps(period)).GroupBy(p => p.Period).OrderBy(g => g.Key.Start))
        {
            var (part, kind) = Choose([.. group], goods);
            foreach (var other in group.Where(p => p != part && p.Chapters is not null))
            {
                unrelated.UnionWith(other.Chapters!.Split('+'));
            }
            if (part is null)
            {
                continue;
            }
            var inside = period.Contains(group.Key);
            if (kind == Kind.Lower && !inside)
            {
                // Part of the goods over a longer period: neither bound holds, the months stay unknown.
                caveats.Add($"its HS {part.Chapters} rows for {group.Key} say nothing about all goods in {period}");
                continue;
            }
            rows += part.Rows;
            side ??= part.Side;
            estimated |= part.Estimated;
            if (part.Lines is { } l)
            {
                lines.AddRange(l.Split(", "));
            }
            covered.UnionWith(group.Key.Intersect(period)!.Value.Months);
            switch (kind)
            {
                case Kind.Exact when inside:
                    low += part.ValueUsd;
                    high += part.ValueUsd;
                    break;
                case Kind.Exact:
                    high += part.ValueUsd;
                    caveats.Add($"its figure is for {group.Key}, which is longer than {period}: only an upper bound");
                    break;
                case Kind.Upper:
                    high += part.ValueUsd;
                    caveats.Add(part.Relation == "all"
                        ? $"it has all-goods totals only for {group.Key}: an upper bound for {goods}"
                        : $"it has only coarser codes (chapter {part.Chapters}) for {group.Key}: an upper bound for {goods}");
                    if (!inside)
                    {
                        caveats.Add($"its figure is for {group.Key}, which is longer than {period}");
                    }
                    break;
                case Kind.Lower:
                    low += part.ValueUsd;
                    open = true;
                    caveats.Add($"it holds HS {part.Chapters} only for {group.Key}: a lower bound for all goods");
                    break;
            }
        }
        var missing = period.Months.Where(m => !covered.Contains(m)).ToList();
        if (missing.Count > 0)
        {
            open = true;
            var note = unrelated.Count > 0 && goods.Hs is not null ? $" (it holds HS {string.Join('+', unrelated)} only)" : "";
            caveats.Add($"no rows for {goods} in {Ranges(missing)}{note}");
        }
        return new LedgerRange(low, open ? null : high, caveats.Distinct().ToList(), rows, lines, side, estimated);
    }

    private enum Kind
    {
        Exact,
        Lower,
        Upper,
    }

    /// <summary>Which rows of one period answer for the claim's goods; a period never sums two relations.</summary>
    private static (LedgerPart? Part, Kind Kind) Choose(IReadOnlyList<LedgerPart> group, ClaimGoods goods)
    {
        LedgerPart? Find(string relation) => group.FirstOrDefault(p => p.Relation == relation);
        if (goods.IsAll)
        {
            return Find("all") is { } all ? (all, Kind.Exact) : Find("part") is { } part ? (part, Kind.Lower) : (null, Kind.Exact);
        }
        if (goods.Hs is null)
        {
            return Find("all") is { } all ? (all, Kind.Upper) : (null, Kind.Exact);
        }
        return Find("inside") is { } inside ? (inside, Kind.Exact)
            : Find("coarser") is { } coarser ? (coarser, Kind.Upper)
            : Find("all") is { } total ? (total, Kind.Upper)
            : (null, Kind.Exact);
    }

    /// <summary>"2019-01..2019-03, 2019-07" for a sorted list of months.</summary>
    private static string Ranges(IReadOnlyList<Month> months)
    {
        var spans = new List<string>();
        for (var i = 0; i < months.Count;)
        {
            var j = i;
            while (j + 1 < months.Count && months[j].MonthsUntil(months[j + 1]) == 1)
            {
                j++;
            }
            spans.Add(Period.Between(months[i], months[j]).ToString());
            i = j + 1;
        }
        return string.Join(", ", spans);
    }
}
