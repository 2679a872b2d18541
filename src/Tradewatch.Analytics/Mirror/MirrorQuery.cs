using Tradewatch.Analytics.Exposure;
using Tradewatch.Data.Queries;
using Tradewatch.Data.Store;
using Tradewatch.Domain;

namespace Tradewatch.Analytics.Mirror;

/// <summary>A request for <see cref="MirrorQuery.Run"/>. <see cref="CifFobFactor"/> 1 = no adjustment.</summary>
public sealed record MirrorRequest(CountryCode From, CountryCode To)
{
    public Period? Period { get; init; }
    public int Level { get; init; } = 2;
    public decimal CifFobFactor { get; init; } = 1.06m;
    public IReadOnlyList<string> Datasets { get; init; } = [];
}

/// <summary>
/// Exporter-declared (FOB) against importer-declared (CIF) for one year and code. The gap is importer − exporter ×
/// factor; <see cref="GapRatio"/> = gap / (exporter × factor).
/// </summary>
public sealed record MirrorRow(int Year, string? Hs, decimal? ExporterUsd, decimal? ImporterUsd, decimal Factor, string? ExporterDataset, string? ImporterDataset, long ExporterRows, long ImporterRows)
{
    public decimal? ExporterAdjustedUsd => ExporterUsd is { } e ? Math.Round(e * Factor, 2) : null;

    public decimal? GapUsd => ExporterAdjustedUsd is { } e && ImporterUsd is { } i ? i - e : null;

    public decimal? GapRatio => GapUsd is { } g && ExporterAdjustedUsd is { } e && e != 0 ? Math.Round(g / e, 6) : null;
}

/// <summary>One dataset's figure for the flow in a year and side.</summary>
public sealed record SourceFigure(int Year, string Side, string Dataset, decimal? TotalUsd, decimal? ChaptersUsd, string? Chapters, bool Estimated, long Rows)
{
    public string Goods => TotalUsd is not null ? "all" : "chapters " + Chapters;
}

/// <summary>Two sources for the same flow and year: comparable when both give all goods or the same chapters.</summary>
public sealed record SourceComparison(int Year, SourceFigure A, SourceFigure B)
{
    public bool Comparable => (A.TotalUsd is not null && B.TotalUsd is not null) || (A.TotalUsd is null && B.TotalUsd is null && A.Chapters == B.Chapters);

    private decimal ValueOf(SourceFigure f) => (Comparable || f.TotalUsd is null ? f.TotalUsd ?? f.ChaptersUsd : f.TotalUsd) ?? 0;

    public decimal AUsd => ValueOf(A);

    public decimal BUsd => ValueOf(B);

    public decimal GapUsd => BUsd - AUsd;

    public decimal? Ratio => AUsd == 0 ? null : Math.Round(BUsd / AUsd, 6);
}

public sealed record MirrorResult(IReadOnlyList<MirrorRow> Rows, IReadOnlyList<SourceFigure> Sources, IReadOnlyList<SourceComparison> Comparisons);

/// <summary>Mirror gaps (side against side) and source against source: <c>Queries/MirrorSides.sql</c>, <c>Queries/MirrorSources.sql</c>.</summary>
public static class MirrorQuery
{
    public static MirrorResult Run(TradewatchStore store, MirrorRequest request)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        var p = request.Period ?? Domain.Period.Years(Month.MinYear, Month.MaxYear);
        var datasets = request.Datasets.Count == 0 ? null : request.Datasets.ToArray();
        ChosenFlows.Define(store);
        var rows = new List<MirrorRow>();
        using (var cmd = store.Command(Sql.Load("MirrorSides"), ("exporter", request.From.Alpha3), ("importer", request.To.Alpha3),
            ("start", p.StartDate), ("end", p.EndDate), ("datasets", datasets), ("level", request.Level)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                rows.Add(new MirrorRow((int)ExposureQuery.Long(r, 0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetDecimal(2), r.IsDBNull(3) ? null : r.GetDecimal(3),
                    request.CifFobFactor, r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), ExposureQuery.Long(r, 6), ExposureQuery.Long(r, 7)));
            }
        }
        var sources = new List<SourceFigure>();
        using (var cmd = store.Command(Sql.Load("MirrorSources"), ("exporter", request.From.Alpha3), ("importer", request.To.Alpha3),
            ("start", p.StartDate), ("end", p.EndDate), ("datasets", datasets)))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                sources.Add(new SourceFigure((int)ExposureQuery.Long(r, 0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetDecimal(3), r.IsDBNull(4) ? null : r.GetDecimal(4),
                    r.IsDBNull(5) ? null : r.GetString(5), r.GetBoolean(6), ExposureQuery.Long(r, 7)));
            }
        }
        // Pairs of datasets on the same side and year: the same declaration as two sources publish it.
        var comparisons = sources.GroupBy(s => (s.Year, s.Side))
            .SelectMany(g => g.SelectMany((a, i) => g.Skip(i + 1).Select(b => new SourceComparison(g.Key.Year, a, b))))
            .ToList();
        return new MirrorResult(rows, sources, comparisons);
    }
}
