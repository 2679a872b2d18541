using Tradewatch.Analytics.Exposure;
using Tradewatch.Data.Queries;
using Tradewatch.Data.Store;
using Tradewatch.Domain;

namespace Tradewatch.Analytics.Composition;

/// <summary>The HS grouping of a composition.</summary>
public enum CompositionLevel
{
    Section,
    Chapter,
    Heading,
}

/// <summary>A request for <see cref="CompositionQuery.Run"/>. <see cref="Top"/>: keep the N largest groups (rest as "other"), 0 = all.</summary>
public sealed record CompositionRequest(CountryCode From, CountryCode To)
{
    public Period? Period { get; init; }
    public CompositionLevel Level { get; init; } = CompositionLevel.Chapter;
    public int Top { get; init; }
    public int TopGoods { get; init; } = 10;
    public string? Hs { get; init; }
    public SideChoice Side { get; init; } = SideChoice.Auto;
    public IReadOnlyList<string> Datasets { get; init; } = [];
}

/// <summary>
/// One group (section, chapter or heading) of a year. <see cref="Code"/> is null for all-goods rows (no HS code)
/// and for the "other" group; <see cref="Share"/> is of the year's total of the covered goods, 6 decimals.
/// </summary>
public sealed record CompositionGroup(string? Code, string? Name, decimal ValueUsd, decimal Share, long Rows, string Datasets, int Groups = 1)
{
    public bool IsOther => Groups > 1;
}

/// <summary>One of the largest goods of a year, at the finest HS detail the data has.</summary>
public sealed record TopGood(string Hs, string? Description, decimal ValueUsd, decimal Share, long Rows, string Datasets);

/// <summary>Which chapters a dataset holds at all: the goods a share is "of".</summary>
public sealed record DatasetCoverage(string Dataset, int Chapters, string ChapterList, long AllGoodsRows)
{
    /// <summary>HS chapters 01–97 without the reserved 77.</summary>
    public const int HsChapters = 96;

    public bool IsPartial => AllGoodsRows == 0 && Chapters < HsChapters;

    public string Note => AllGoodsRows > 0 && Chapters == 0
        ? $"{Dataset} gives all-goods totals only, no breakdown by goods (choose a dataset with goods by --dataset)"
        : IsPartial
            ? $"{Dataset} holds only HS chapter{(Chapters == 1 ? "" : "s")} {ChapterList.Replace(",", ", ", StringComparison.Ordinal)} ({Chapters} of {HsChapters}): shares are of the goods the dataset covers, not of all trade"
            : $"{Dataset} holds {Chapters} HS chapters";
}

/// <summary>One year's composition with the data behind it.</summary>
public sealed record CompositionPeriod(Period Period, decimal TotalUsd, long Rows, string Side, IReadOnlyList<DatasetRows> Datasets,
    IReadOnlyList<CompositionGroup> Groups, IReadOnlyList<TopGood> TopGoods, IReadOnlyList<DatasetCoverage> Coverage)
{
    public string Dataset => string.Join(',', Datasets.Select(d => d.Dataset).Distinct());

    /// <summary>"partial" when a dataset behind the year is an extract of some chapters: shares are of the covered goods.</summary>
    public string Goods => Coverage.Any(c => c.IsPartial) ? "partial" : Coverage.Any(c => c.Chapters == 0) ? "totals_only" : "all";
}

/// <summary>
/// Composition by HS section/chapter/heading with shares, and the top goods, per year:
/// <c>Queries/Composition.sql</c>, <c>Queries/CompositionGoods.sql</c>, <c>Queries/DatasetChapters.sql</c>.
/// </summary>
public static class CompositionQuery
{
    public static IReadOnlyList<CompositionPeriod> Run(TradewatchStore store, CompositionRequest request)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Top);
        ArgumentOutOfRangeException.ThrowIfNegative(request.TopGoods);
        var p = request.Period ?? Domain.Period.Years(Month.MinYear, Month.MaxYear);
        var datasets = request.Datasets.Count == 0 ? null : request.Datasets.ToArray();
        var common = new (string, object?)[]
        {
            ("exporter", request.From.Alpha3), ("importer", request.To.Alpha3), ("start", p.StartDate), ("end", p.EndDate),
            ("hs", request.Hs), ("side", request.Side.ToString().ToLowerInvariant()), ("datasets", datasets),
        };
        var level = request.Level == CompositionLevel.Heading ? 4 : 2;
        ChosenFlows.Define(store);

        var groups = new SortedDictionary<DateTime, List<(string? Code, string? Name, decimal Value, long Rows, string Datasets, string Side)>>();
        using (var cmd = store.Command(Sql.Load("Composition"),
            [.. common, ("level", level), ("group", request.Level.ToString().ToLowerInvariant())]))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var key = r.GetDateTime(0);
                (groups.TryGetValue(key, out var list) ? list : groups[key] = []).Add((r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
                    r.GetDecimal(3), ExposureQuery.Long(r, 4), r.GetString(5), r.GetString(6)));
            }
        }
        var goods = new Dictionary<DateTime, List<(string Hs, string? Description, decimal Value, long Rows, string Datasets)>>();
        if (request.TopGoods > 0)
        {
            using var cmd = store.Command(Sql.Load("CompositionGoods"), [.. common, ("top", request.TopGoods)]);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var key = r.GetDateTime(0);
                (goods.TryGetValue(key, out var list) ? list : goods[key] = []).Add((r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetDecimal(3), ExposureQuery.Long(r, 4), r.GetString(5)));
            }
        }
        var sourceRows = new Dictionary<DateTime, List<DatasetRows>>();
        using (var cmd = store.Command("""
            SELECT make_date(yr, 1, 1), dataset, side, count(*) FROM chosen_flows($exporter, $importer, $start, $end, $hs, $side, $datasets, $level) GROUP BY ALL ORDER BY ALL
            """, [.. common, ("level", level)]))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var key = r.GetDateTime(0);
                (sourceRows.TryGetValue(key, out var list) ? list : sourceRows[key] = []).Add(new DatasetRows(r.GetString(1), r.GetString(2), ExposureQuery.Long(r, 3)));
            }
        }
        var coverage = DatasetChapters(store, groups.Values.SelectMany(g => g).SelectMany(g => g.Datasets.Split(',')).Distinct().ToArray());

        var result = new List<CompositionPeriod>();
        foreach (var (key, rows) in groups)
        {
            var total = rows.Sum(g => g.Value);
            decimal Share(decimal v) => total == 0 ? 0 : Math.Round(v / total, 6);
            var all = rows.Select(g => new CompositionGroup(g.Code, g.Name, g.Value, Share(g.Value), g.Rows, g.Datasets)).ToList();
            if (request.Top > 0 && all.Count > request.Top)
            {
                // The rest stays in the answer as one "other" group, so the listed shares still add up to the total.
                var rest = all.Skip(request.Top).ToList();
                var otherValue = rest.Sum(g => g.ValueUsd);
                all = [.. all.Take(request.Top), new CompositionGroup(null, $"other ({rest.Count} groups)", otherValue, Share(otherValue), rest.Sum(g => g.Rows),
                    string.Join(',', rest.SelectMany(g => g.Datasets.Split(',')).Distinct().Order(StringComparer.Ordinal)), rest.Count)];
            }
            var sources = sourceRows.GetValueOrDefault(key) ?? [];
            var year = DateOnly.FromDateTime(key).Year;
            var period = Domain.Period.Year(year).Intersect(p) ?? Domain.Period.Year(year);
            result.Add(new CompositionPeriod(period, total, rows.Sum(g => g.Rows), string.Join(",", sources.Select(s => s.Side).Distinct()), sources, all,
                (goods.GetValueOrDefault(key) ?? []).Select(g => new TopGood(g.Hs, g.Description, g.Value, Share(g.Value), g.Rows, g.Datasets)).ToList(),
                coverage.Where(c => sources.Any(s => s.Dataset == c.Dataset)).ToList()));
        }
        return result;
    }

    private static List<DatasetCoverage> DatasetChapters(TradewatchStore store, string[] names)
    {
        var list = new List<DatasetCoverage>();
        if (names.Length == 0)
        {
            return list;
        }
        using var cmd = store.Command(Sql.Load("DatasetChapters"), ("datasets", names));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new DatasetCoverage(r.GetString(0), (int)ExposureQuery.Long(r, 1), r.IsDBNull(2) ? "" : r.GetString(2), ExposureQuery.Long(r, 3)));
        }
        return list;
    }
}
