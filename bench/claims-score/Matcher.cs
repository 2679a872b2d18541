namespace Tradewatch.Bench.ClaimsScore;

/// <summary>The matching rule of contracts/claims.md, one-to-one and greedy in gold order.</summary>
internal static class Matcher
{
    public static bool Matches(ScoredClaim gold, ScoredClaim predicted)
    {
        if (gold.Kind != predicted.Kind || !string.Equals(gold.Unit, predicted.Unit, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (gold.Value is { } g)
        {
            if (predicted.Value is not { } p)
            {
                return false;
            }
            var tolerance = string.Equals(gold.Unit, "percent", StringComparison.OrdinalIgnoreCase) ? 0.05m : Math.Abs(g) * 0.005m;
            if (Math.Abs(g - p) > tolerance)
            {
                return false;
            }
        }
        else if (predicted.Value is not null)
        {
            return false;
        }
        if (gold.PeriodStart is not null && (gold.PeriodStart != predicted.PeriodStart || gold.PeriodEnd != predicted.PeriodEnd))
        {
            return false;
        }
        if (gold.Flow == "total_trade")
        {
            var set = new[] { predicted.From, predicted.To };
            return (gold.From is null || set.Contains(gold.From)) && (gold.To is null || set.Contains(gold.To));
        }
        return (gold.From is null || gold.From == predicted.From) && (gold.To is null || gold.To == predicted.To);
    }

    /// <summary>gold index → predicted id.</summary>
    public static Dictionary<int, int> Match(IReadOnlyList<ScoredClaim> gold, IReadOnlyList<ScoredClaim> predicted)
    {
        var used = new HashSet<int>();
        var result = new Dictionary<int, int>();
        foreach (var g in gold)
        {
            var p = predicted.FirstOrDefault(p => !used.Contains(p.Id) && Matches(g, p));
            if (p is not null)
            {
                used.Add(p.Id);
                result[g.Id] = p.Id;
            }
        }
        return result;
    }
}
