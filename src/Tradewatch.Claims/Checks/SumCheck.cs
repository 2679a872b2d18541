using System.Globalization;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Checks;

/// <summary>
/// Parts against totals: a two-way trade total against the two directions' figures (equal within rounding),
/// or, when only goods-level parts are given, the parts must not exceed the total. Also trade balances:
/// a deficit is imports minus exports for the same sides and period.
/// </summary>
internal sealed class SumCheck : IClaimCheck
{
    public IEnumerable<ClaimCheck> Check(ClaimsDocument document)
    {
        var text = document.Article.Text;
        var claims = document.Claims;
        var seen = new HashSet<string>();
        foreach (var total in claims.Where(c => ClaimFacts.IsTotal(c) && ClaimFacts.IsValue(c) && c.Period is not null && c.From is not null))
        {
            if (SumOf(total, claims, text) is { } check && seen.Add(string.Join(",", check.Claims.Order())))
            {
                yield return check;
            }
        }
        foreach (var balance in claims.Where(c => c.Measure is "deficit" or "surplus" && c.Value is not null && c.Period is not null && c.From is not null))
        {
            if (BalanceOf(balance, claims, text) is { } check)
            {
                yield return check;
            }
        }
    }

    private static ClaimCheck? SumOf(Claim total, IReadOnlyList<Claim> claims, string text)
    {
        var t = StatedFigure.Of(total, text);
        var directions = new[] { (total.From, total.To), (total.To, total.From) };
        var used = new List<Claim>();
        decimal low = 0, high = 0, sum = 0;
        var complete = true;
        var terms = new List<string>();
        foreach (var (exporter, importer) in directions)
        {
            var flows = claims.Where(c => ClaimFacts.IsValue(c) && c.Unit == total.Unit && c.Period == total.Period
                && ClaimFacts.Moves(c, exporter, importer) && c.Measure is null).ToList();
            var whole = flows.FirstOrDefault(c => c.Commodity is null && c.Hs is null);
            var parts = whole is null ? flows.Where(c => c.Commodity is not null || c.Hs is not null).ToList() : [whole];
            if (whole is null)
            {
                complete = false;
            }
            foreach (var p in parts.DistinctBy(p => (p.Value, p.Commodity)))
            {
                var f = StatedFigure.Of(p, text);
                low += f.Low;
                high += f.High;
                sum += f.Value;
                used.Add(p);
                terms.Add(StatedFigure.Format(f.Value, p.Unit));
            }
        }
        if (used.Count < 2)
        {
            return null;
        }
        var ids = used.Select(c => c.Id).Prepend(total.Id).ToList();
        var arithmetic = string.Join(" + ", terms) + " = " + StatedFigure.Format(sum, total.Unit);
        if (complete)
        {
            var ok = t.Overlaps(low, high);
            return new ClaimCheck(ids, ok ? CheckVerdict.Consistent : CheckVerdict.Inconsistent,
                $"{arithmetic}; stated total {t.Text(total.Unit!)}{(ok ? " (within rounding)" : $", beyond the rounding of the stated figures ({StatedFigure.Format(low, total.Unit)}–{StatedFigure.Format(high, total.Unit)})")}",
                "parts_total", "internal");
        }
        var within = low <= t.High;
        return new ClaimCheck(ids, within ? CheckVerdict.Consistent : CheckVerdict.Inconsistent,
            within
                ? $"{arithmetic}, which does not exceed the stated total {t.Text(total.Unit!)} (parts only, so a bound)"
                : $"{arithmetic} exceeds the stated total {t.Text(total.Unit!)} for the same sides and period: the parts cannot add up to more than the whole",
            "parts_total", "internal");
    }

    private static ClaimCheck? BalanceOf(Claim balance, IReadOnlyList<Claim> claims, string text)
    {
        var a = balance.From;
        var b = balance.To;
        Claim? Find(CountryCode? exporter, CountryCode? importer) => claims.FirstOrDefault(c => ClaimFacts.IsValue(c) && c.Unit == balance.Unit
            && c.Period == balance.Period && ClaimFacts.Moves(c, exporter, importer) && c.Commodity is null && c.Hs is null && c.Measure is null);
        var exports = Find(a, b);
        var imports = Find(b, a);
        if (exports is null || imports is null)
        {
            return null;
        }
        var e = StatedFigure.Of(exports, text);
        var i = StatedFigure.Of(imports, text);
        var stated = StatedFigure.Of(balance, text);
        var deficit = balance.Measure == "deficit";
        var (value, low, high) = deficit ? (i.Value - e.Value, i.Low - e.High, i.High - e.Low) : (e.Value - i.Value, e.Low - i.High, e.High - i.Low);
        var ok = stated.Overlaps(low, high);
        var arithmetic = deficit
            ? $"imports {i.Text(balance.Unit!)} − exports {e.Text(balance.Unit!)} = {StatedFigure.Format(value, balance.Unit)}"
            : $"exports {e.Text(balance.Unit!)} − imports {i.Text(balance.Unit!)} = {StatedFigure.Format(value, balance.Unit)}";
        return new ClaimCheck([exports.Id, imports.Id, balance.Id], ok ? CheckVerdict.Consistent : CheckVerdict.Inconsistent,
            string.Create(CultureInfo.InvariantCulture, $"{arithmetic}; stated {balance.Measure} {stated.Text(balance.Unit!)}{(ok ? " (within rounding)" : $", outside the {StatedFigure.Format(low, balance.Unit)}–{StatedFigure.Format(high, balance.Unit)} the rounding allows")}"),
            "balance", "internal");
    }
}
