using System.Globalization;
using Tradewatch.Analytics.Exposure;
using Tradewatch.Data.Queries;
using Tradewatch.Data.Store;
using Tradewatch.Domain;
using Tradewatch.Rules.Model;

namespace Tradewatch.Analytics.Caps;

/// <summary>One limit of a cap and how much of it the ledger shows used.</summary>
public sealed record CapLimitUse(decimal? Amount, string Unit, string? Baseline, ValueRange Used, (decimal Low, decimal High)? Band, decimal? Share, decimal? ShareLow, decimal? ShareHigh, string Status);

/// <summary>The conversion factor used for a limit in barrels: default and the band of the alternatives.</summary>
public sealed record FactorUse(string Product, decimal Default, decimal Low, decimal High, IReadOnlyList<string> Sources);

/// <summary>One cap measure in one counting window.</summary>
public sealed record CapUse(
    string MeasureId,
    string Citation,
    DateOnly WindowStart,
    DateOnly WindowEnd,
    string PeriodKind,
    string? Basis,
    string? Combine,
    IReadOnlyList<CapLimitUse> Limits,
    FactorUse? Factor,
    decimal? StopAtShare,
    long Rows,
    long RowsWithoutWeight,
    string Datasets,
    string? Note)
{
    /// <summary>The limit that binds: the one with the highest used share (lower limit binds / equivalent units).</summary>
    public CapLimitUse? Binding => Limits.Where(l => l.Share is not null).OrderByDescending(l => l.Share).FirstOrDefault() ?? Limits.FirstOrDefault();

    public string Coverage => Limits.All(l => l.Used.IsExact) ? "full" : "partial";
}

/// <summary>
/// The cap tracker: for each cap measure and counting window, the quantity the ledger shows supplied (all partners
/// of the target), converted to the cap's unit with the rulebook's factors (default and band), and the used share.
/// </summary>
public static class CapsQuery
{
    public static IReadOnlyDictionary<string, string> Method { get; } = new Dictionary<string, string>
    {
        ["windows"] = "every counting window of each cap that overlaps the period (calendar year, 12 months from the cap's start, fixed)",
        ["used"] = "all partners of the target combined, in the cap's direction; rows pro-rated by days of their period inside the window and the measure's force",
        ["quantity"] = "net weight from the ledger in tonnes; barrels = tonnes x the rulebook factor (default), band = lowest..highest alternative factor",
        ["coverage"] = "used is a min..max range when the ledger codes are coarser than the cap's scope (chapter 27 against 2710); used and share carry the max",
        ["binding"] = "with two limits (USD and tonnes, or barrels and tonnes) the one with the higher used share binds",
        ["weight"] = "rows without a net weight add nothing to tonnes or barrels (rows_without_weight counts them): the quantity is then a lower bound",
    };

    public static IReadOnlyList<CapUse> Run(TradewatchStore store, RulebookSet set, Period? period, IReadOnlyList<string> datasets)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(datasets);
        var windows = Windows(set, period);
        var caps = new List<CapUse>();
        if (windows.Count == 0)
        {
            return caps;
        }
        var span = Domain.Period.Covering(windows.Min(w => w.Start), windows.Max(w => w.End));
        // Every cap's target is a rulebook target; the ledger rows are those of any partner with it.
        foreach (var target in windows.Select(w => w.Measure.Rulebook.Targets.FirstOrDefault()).Distinct())
        {
            caps.AddRange(RunFor(store, target.Alpha3, windows.Where(w => w.Measure.Rulebook.Targets.FirstOrDefault() == target).ToList(), span, datasets, set));
        }
        return caps.OrderBy(c => c.WindowStart).ThenBy(c => c.MeasureId, StringComparer.Ordinal).ToList();
    }

    private static List<CapUse> RunFor(TradewatchStore store, string target, List<Window> windows, Period span, IReadOnlyList<string> datasets, RulebookSet set)
    {
        ExposureQuery.Prepare(store, null, null, span, byMonth: true, SideChoice.Auto, datasets, party: target);
        using (var create = store.Command("CREATE OR REPLACE TEMP TABLE cap_windows (measure_id VARCHAR, cap_no INTEGER, w_start DATE, w_end DATE)"))
        {
            create.ExecuteNonQuery();
        }
        using (var insert = store.Command("INSERT INTO cap_windows SELECT unnest($m), unnest($n), unnest($s)::DATE, unnest($e)::DATE",
            ("m", windows.Select(w => w.Measure.Id).ToArray()),
            ("n", windows.Select(w => w.CapNo).ToArray()),
            ("s", windows.Select(w => Day(w.Start)).ToArray()),
            ("e", windows.Select(w => Day(w.End)).ToArray())))
        {
            insert.ExecuteNonQuery();
        }
        var result = new List<CapUse>();
        using var cmd = store.Command(Sql.Load("CapsUsed"));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var w = windows.First(x => x.Measure.Id == r.GetString(0) && x.CapNo == r.GetInt32(1) && x.Start == DateOnly.FromDateTime(r.GetDateTime(2)));
            var usd = ValueRange.FromDoubles(r.GetDouble(4), r.GetDouble(5));
            var tonnes = new ValueRange(Math.Round((decimal)r.GetDouble(6), 3), Math.Round((decimal)r.GetDouble(7), 3));
            var factor = FactorFor(set, w.Measure);
            var limits = w.Cap.Limits.Select(l => Limit(l, usd, tonnes, factor)).ToList();
            result.Add(new CapUse(w.Measure.Id, w.Measure.Citation.Text, w.Start, w.End, w.Cap.Period!.Kind.Name(), w.Cap.Basis, w.Cap.Combine?.ToString(),
                limits, limits.Any(l => l.Unit == "barrels") ? factor : null, w.Cap.StopAtShare, ExposureQuery.Long(r, 8), ExposureQuery.Long(r, 9),
                r.IsDBNull(10) ? "" : r.GetString(10), w.Cap.Note));
        }
        return result;
    }

    private static CapLimitUse Limit(CapLimit l, ValueRange usd, ValueRange tonnes, FactorUse? factor)
    {
        var unit = l.Unit?.Name() ?? "same_as_baseline";
        ValueRange used;
        (decimal, decimal)? band = null;
        switch (l.Unit)
        {
            case CapUnit.Usd:
                used = usd;
                break;
            case CapUnit.Tonnes:
                used = tonnes;
                break;
            case CapUnit.Barrels when factor is not null:
                used = new ValueRange(Math.Round(tonnes.Min * factor.Default, 0), Math.Round(tonnes.Max * factor.Default, 0));
                band = (Math.Round(tonnes.Min * factor.Low, 0), Math.Round(tonnes.Max * factor.High, 0));
                break;
            default:
                // A baseline limit (the 2375 crude freeze: each state's own earlier supply) has no number to compare with.
                used = tonnes;
                unit = "t";
                break;
        }
        decimal? Share(decimal v) => l.Amount is { } a && a > 0 ? Math.Round(v / a, 6) : null;
        return new CapLimitUse(l.Amount, unit, l.Baseline, used, band, Share(used.Max), band is { } b ? Share(b.Item1) : Share(used.Min), band is { } b2 ? Share(b2.Item2) : Share(used.Max), l.Status.Name());
    }

    /// <summary>Crude caps convert with the crude factor; other oil caps with the unspecified-refined-products factor (the ledger does not say which product).</summary>
    private static FactorUse? FactorFor(RulebookSet set, Measure m)
    {
        var crude = m.Scope.Include.Any(s => s.First.StartsWith("2709", StringComparison.Ordinal));
        var product = crude ? "crude" : "refined_products_unspecified";
        var f = set.Rulebooks.Where(b => b.Header.Id == m.Rulebook.Id).SelectMany(b => b.ConversionFactors)
            .Concat(set.Rulebooks.SelectMany(b => b.ConversionFactors))
            .FirstOrDefault(c => c.Product == product && c.From == "t" && c.To == "barrels");
        return f is null ? null : new FactorUse(product, f.Default, f.Low, f.High, f.Values.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Value} ({v.Source}; {v.Status.Name()})")).ToList());
    }

    private sealed record Window(Measure Measure, Cap Cap, int CapNo, DateOnly Start, DateOnly End);

    /// <summary>The counting windows of every cap in force that overlap the period (default: every window up to this year).</summary>
    private static List<Window> Windows(RulebookSet set, Period? period)
    {
        var windows = new List<Window>();
        foreach (var m in set.Measures.Where(m => m.Type == MeasureType.Cap && m.Effective is not null).DistinctBy(m => m.Id))
        {
            for (var i = 0; i < m.Caps.Count; i++)
            {
                var cap = m.Caps[i];
                if (cap.NeverInForce || cap.Period is null)
                {
                    continue;
                }
                var from = period?.StartDate ?? cap.Period.Start;
                var to = period?.EndDate ?? (cap.Period.End ?? new DateOnly(DateTime.UtcNow.Year, 12, 31));
                // Walk the period day by month: every window containing the first or last day of a month is found.
                var seen = new HashSet<DateOnly>();
                for (var d = new DateOnly(from.Year, from.Month, 1); d <= to; d = d.AddMonths(1))
                {
                    foreach (var day in new[] { Max(d, from), Min(d.AddMonths(1).AddDays(-1), to) })
                    {
                        if (cap.Period.WindowContaining(day) is { } w && seen.Add(w.Start))
                        {
                            // A window counts only while the measure is in force.
                            var start = Max(w.Start, m.Effective!.Value);
                            var end = m.Ends is { } e ? Min(w.End, e) : w.End;
                            if (start <= end)
                            {
                                windows.Add(new Window(m, cap, i, start, end));
                            }
                        }
                    }
                }
            }
        }
        return windows;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
