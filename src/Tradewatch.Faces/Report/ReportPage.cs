using System.Globalization;
using System.Text;
using Tradewatch.Analytics.Caps;
using Tradewatch.Claims;
using Tradewatch.Data.Queries;
using Tradewatch.Faces.Charts;
using Tradewatch.Faces.Rendering;
using Tradewatch.Rules.Model;

namespace Tradewatch.Faces.Report;

/// <summary>
/// Renders a <see cref="PairReport"/> as one self-contained HTML page: inline CSS, inline SVG, no script, no
/// network. Every sentence of the summary is generated from the numbers and carries a footnote to its source.
/// </summary>
public static class ReportPage
{
    public static string Render(PairReport r, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(r);
        var title = $"Tradewatch — {r.From.Name} → {r.To.Name}, {r.Period}";
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").Enc(title).Append("</title><style>")
            .Append(Css()).Append("</style></head><body><header><h1>").Enc(title).Append("</h1><p class=\"subtitle\">Generated ")
            .Enc(generatedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))
            .Append(" by Tradewatch from the datasets, rulebooks and articles listed under Provenance. Money in US dollars.</p></header>")
            .Append(Body(r)).Append("</body></html>");
        return page.ToString();
    }

    /// <summary>The report's sections (summary, charts, tables, provenance): the same markup in the report file and the dashboard.</summary>
    public static string Body(PairReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var notes = new Footnotes();
        var body = new StringBuilder();
        body.Append("<section id=\"summary\"><h2>Summary</h2><ul class=\"summary\">");
        foreach (var sentence in Summary(r, notes))
        {
            body.Append("<li>").Append(sentence).Append("</li>");
        }
        body.Append("</ul></section>");

        body.Append("<section id=\"trade\"><h2>Trade over time</h2>");
        body.Append(StatusBars(r));
        body.Append(ChapterBars(r));
        body.Append(SourceLines(r));
        body.Append(Directions(r));
        body.Append("</section>");

        body.Append("<section id=\"measures\"><h2>Sanctions measures on ").Enc(string.Join(", ", r.Measures.SelectMany(m => m.Rulebook.Targets).Distinct().Select(c => c.Alpha3))).Append("</h2>");
        body.Append(MeasureTimeline(r));
        body.Append(MeasureTable(r));
        body.Append("</section>");

        body.Append("<section id=\"caps\"><h2>Caps</h2>").Append(Caps(r)).Append("</section>");
        body.Append("<section id=\"breaches\"><h2>Breach indicators</h2>").Append(Breaches(r)).Append("</section>");
        body.Append("<section id=\"composition\"><h2>Composition</h2>").Append(Composition(r)).Append("</section>");
        body.Append("<section id=\"claims\"><h2>Press claims</h2>").Append(Claims(r)).Append("</section>");
        body.Append("<section id=\"provenance\"><h2>Provenance</h2>").Append(Provenance(r)).Append(notes.Render()).Append("</section>");
        return body.ToString();
    }

    /// <summary>The stylesheet shared by the report and the dashboard.</summary>
    public static string Css()
    {
        using var stream = typeof(ReportPage).Assembly.GetManifestResourceStream("Tradewatch.Faces.report.css")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IEnumerable<string> Summary(PairReport r, Footnotes notes)
    {
        foreach (var (flows, exporter, importer) in new[] { (r.Forward, r.From, r.To), (r.Backward, r.To, r.From) })
        {
            if (flows.Rows.Count == 0)
            {
                yield return $"The ledger holds no goods moving from {Html.Text(exporter.Name)} to {Html.Text(importer.Name)} in {Html.Text(r.Period.ToString())}.";
                continue;
            }
            var last = flows.Rows[^1];
            var peak = flows.Rows.MaxBy(x => x.ValueUsd)!;
            var note = notes.Add(Source(last));
            yield return $"Goods moving from {Html.Text(exporter.Name)} to {Html.Text(importer.Name)} were worth <b>{Html.Text(Html.Usd(last.ValueUsd))}</b> in {Html.Text(last.Period.ToString())}, "
                + $"as declared by the {Html.Text(last.Side)}{note}; the highest year in {Html.Text(r.Period.ToString())} was {Html.Text(peak.Period.ToString())} ({Html.Text(Html.Usd(peak.ValueUsd))}){notes.Add(Source(peak))}.";
        }

        var chapters = r.ForwardByChapter.Rows.Where(x => x.Hs is not null).GroupBy(x => x.Hs!).Select(g => (Hs: g.Key, Value: g.Sum(x => x.ValueUsd), Dataset: g.First().Dataset)).OrderByDescending(x => x.Value).ToList();
        var total = chapters.Sum(x => x.Value);
        if (chapters.Count > 0 && total > 0)
        {
            var top = chapters[0];
            yield return $"{Html.Text(Name(r, top.Hs))} (HS {Html.Text(top.Hs)}) made up <b>{Html.Text(Html.Percent(top.Value / total))}</b> of the {Html.Text(r.From.Name)}→{Html.Text(r.To.Name)} goods the chosen datasets cover "
                + $"(chapters {Html.Text(string.Join(", ", chapters.Select(c => c.Hs).Order(StringComparer.Ordinal)))}), {Html.Text(r.Period.ToString())}{notes.Add($"{top.Dataset}: HS {top.Hs} rows summed over {r.Period}; share of the chapters listed, not of all trade")}.";
        }

        var exposed = r.Exposure.Where(e => e.TotalUsd > 0 && e.Banned.Max + e.Capped.Max > 0).ToList();
        if (exposed.Count > 0)
        {
            var last = exposed[^1];
            var (low, high) = last.BannedShare;
            var measures = last.ByMeasure.Where(m => m.Type == "ban" && m.Value.Max > 0).Select(m => m.MeasureId).ToList();
            var range = low == high ? Html.Percent(low) : $"{Html.Percent(low)} to {Html.Percent(high)}";
            yield return $"In {Html.Text(last.Period.ToString())}, {Html.Text(range)} of the goods moving from {Html.Text(r.From.Name)} to {Html.Text(r.To.Name)} were under a ban"
                + (measures.Count > 0 ? $" ({Html.Text(string.Join(", ", measures))})" : "")
                + (low == high ? "" : "; a range, because the data is coarser than the measures' HS scope")
                + $"{notes.Add($"exposure of {last.Dataset} rows ({last.SourceRows}), pro-rated by days in force; coverage {last.Coverage}")}.";
        }
        var bindingCaps = r.Caps.Where(c => c.Binding?.ShareHigh is > 0).OrderByDescending(c => c.Binding!.ShareHigh).ToList();
        if (bindingCaps.Count > 0)
        {
            var c = bindingCaps[0];
            var b = c.Binding!;
            yield return $"The cap nearest its limit is {Html.Text(c.MeasureId)} for {c.WindowStart:yyyy-MM-dd}–{c.WindowEnd:yyyy-MM-dd}: "
                + $"{Html.Text(ShareRange(b))} of {Html.Text(Limit(b))} used according to the ledger{notes.Add($"{c.Datasets}; {c.Rows} rows; {(c.Factor is { } f ? $"factor {f.Default} ({f.Low}–{f.High}) {f.Product}" : "no conversion")}")}.";
        }

        var gaps = SourceGaps(r).OrderByDescending(g => g.Ratio).FirstOrDefault();
        if (gaps.Year > 0)
        {
            yield return $"The sources disagree most for {gaps.Year}: {Html.Text(gaps.HighDataset)} records {Html.Text(Html.Usd(gaps.High))} and {Html.Text(gaps.LowDataset)} {Html.Text(Html.Usd(gaps.Low))} "
                + $"({gaps.Ratio.ToString("0.0", CultureInfo.InvariantCulture)}×){notes.Add($"{gaps.HighDataset} and {gaps.LowDataset}, {r.From.Code}→{r.To.Code}, {gaps.Year}; datasets may cover different goods")}.";
        }

        var end = r.Period.EndDate;
        var inForce = r.Measures.Where(m => m.InForceOn(end)).ToList();
        if (r.Measures.Count > 0)
        {
            yield return $"{r.Measures.Count} measures in the rulebooks target {Html.Text(string.Join(", ", r.Measures.SelectMany(m => m.Rulebook.Targets).Distinct().Select(c => c.Alpha3)))}; "
                + $"on {end:yyyy-MM-dd} {inForce.Count} were in force: {inForce.Count(m => m.Type == MeasureType.Ban)} bans and {inForce.Count(m => m.Type == MeasureType.Cap)} caps"
                + $"{notes.Add(string.Join("; ", r.Rulebooks.Select(b => $"{b.Header.Id} v{b.Header.Version}")))}.";
        }

        var checks = r.Articles.SelectMany(d => d.Checks.Select(c => (d, c))).ToList();
        var bad = checks.Where(x => x.c.Verdict == CheckVerdict.Inconsistent).ToList();
        if (checks.Count > 0)
        {
            var example = bad.FirstOrDefault();
            yield return $"{r.PairClaims.Count()} press claims about the pair were found in {r.Articles.Count} articles; of {checks.Count} checks of their own arithmetic and periods, <b>{bad.Count}</b> found them inconsistent"
                + (example.c is null ? "" : $", e.g. “{Html.Text(example.c.Reason)}”{notes.Add($"{Path.GetFileName(example.d.Article.File)}, claims {string.Join(", ", example.c.Claims)}")}")
                + ".";
        }
    }

    private static IEnumerable<(int Year, string HighDataset, decimal High, string LowDataset, decimal Low, decimal Ratio)> SourceGaps(PairReport r)
    {
        foreach (var year in r.Years)
        {
            var values = r.ForwardByDataset
                .Select(d => (d.Dataset, Value: d.Flows.Rows.Where(x => x.Period.Start.Year == year && x.Period.End.Year == year).Sum(x => x.ValueUsd)))
                .Where(x => x.Value > 0).OrderByDescending(x => x.Value).ToList();
            if (values.Count >= 2)
            {
                yield return (year, values[0].Dataset, values[0].Value, values[^1].Dataset, values[^1].Value, values[0].Value / values[^1].Value);
            }
        }
    }

    private static string StatusBars(PairReport r)
    {
        var years = r.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();
        decimal? Pick(int year, Func<Analytics.Exposure.ExposurePeriod, decimal> value)
        {
            var periods = r.Exposure.Where(e => e.Period.Start.Year == year).ToList();
            return periods.Count == 0 ? null : periods.Sum(value);
        }
        string? Why(int year) => r.Exposure.FirstOrDefault(e => e.Period.Start.Year == year) is { } e
            ? $"{e.Dataset}, {e.SourceRows} rows, coverage {e.Coverage}; measures: {string.Join(", ", e.ByMeasure.Select(m => m.MeasureId))}"
            : null;
        var provenance = r.Years.Select(Why).ToList();
        // Ranges are drawn as ranges: the certain part of each status, then the part that depends on goods the data
        // cannot see (a chapter against a heading), then what is certainly unrestricted.
        var series = new List<ChartSeries>
        {
            new("banned (certain)", "ban", r.Years.Select(y => Pick(y, e => e.Banned.Min)).ToList(), provenance),
            new("capped (certain)", "cap", r.Years.Select(y => Pick(y, e => e.Capped.Min)).ToList(), provenance),
            new("exempted / wind-down", "reporting", r.Years.Select(y => Pick(y, e => e.Exempted.Min)).ToList(), provenance),
            new("may be restricted (range)", "range", r.Years.Select(y => Pick(y, e => e.TotalUsd - e.Banned.Min - e.Capped.Min - e.Exempted.Min - e.Unrestricted.Min)).ToList(), provenance),
            new("unrestricted", "free", r.Years.Select(y => Pick(y, e => e.Unrestricted.Min)).ToList(), provenance),
        };
        return SvgChart.StackedBars("chart-status", $"{r.From.Name} → {r.To.Name}: value by year and sanctions status (pro-rated by days in force)", years, series);
    }

    private static string Caps(PairReport r)
    {
        if (r.Caps.Count == 0)
        {
            return "<p class=\"muted\">No cap window of these countries' measures overlaps the period.</p>";
        }
        var sb = new StringBuilder("<table id=\"table-caps\"><thead><tr><th>cap</th><th>window</th><th>limit</th><th class=\"num\">used (ledger)</th><th>used share (band)</th><th>factor</th><th>data</th></tr></thead><tbody>");
        foreach (var c in r.Caps)
        {
            var b = c.Binding;
            sb.Append("<tr data-measure=\"").Append(Html.Attr(c.MeasureId)).Append("\"><td>").Enc(c.MeasureId).Append("<br><span class=\"muted\">").Enc(c.Citation).Append("</span></td><td>")
              .Enc($"{c.WindowStart:yyyy-MM-dd}–{c.WindowEnd:yyyy-MM-dd}").Append("</td><td>").Enc(b is null ? "" : Limit(b)).Append("</td><td class=\"num\">")
              .Enc(b is null ? "" : $"{Html.Number(b.Used.Min)}–{Html.Number(b.Used.Max)} {b.Unit}").Append("</td><td>").Append(b is null ? "" : ShareBar(b)).Append("</td><td>")
              .Enc(c.Factor is { } f ? $"{f.Default} ({f.Low}–{f.High}) {f.Product}" : "—").Append("</td><td>").Enc($"{c.Datasets}; {c.Rows} rows").Append("</td></tr>");
        }
        return sb.Append("</tbody></table><p class=\"note\">Used shares are bands: the low end counts only rows wholly inside the cap's scope, the high end every row touching it, converted with the lowest and highest factor the sources give.</p>").ToString();
    }

    private static string ShareBar(CapLimitUse b)
    {
        var low = Math.Clamp(b.ShareLow ?? b.Share ?? 0, 0, 2);
        var high = Math.Clamp(b.ShareHigh ?? b.Share ?? 0, 0, 2);
        const double width = 160;
        var scale = width / 2; // the bar spans 0–200% so an overshoot shows
        return string.Create(CultureInfo.InvariantCulture,
            $"<svg class=\"capbar\" viewBox=\"0 0 {width} 14\" width=\"{width}\" height=\"14\"><rect class=\"grid\" x=\"0\" y=\"2\" width=\"{width}\" height=\"10\" fill=\"none\"/><rect class=\"range\" x=\"{(double)low * scale:F1}\" y=\"2\" width=\"{Math.Max(1, (double)(high - low) * scale):F1}\" height=\"10\"/><rect class=\"cap\" x=\"0\" y=\"2\" width=\"{(double)low * scale:F1}\" height=\"10\"/><line class=\"grid\" x1=\"{scale:F1}\" y1=\"0\" x2=\"{scale:F1}\" y2=\"14\" stroke=\"#1d2433\"/><title>") + Html.Text(ShareRange(b)) + "</title></svg> " + Html.Text(ShareRange(b));
    }

    private static string ShareRange(CapLimitUse b) =>
        b.ShareLow is { } lo && b.ShareHigh is { } hi && lo != hi ? $"{Html.Percent(lo)}–{Html.Percent(hi)}" : b.Share is { } s ? Html.Percent(s) : "n/a";

    private static string Limit(CapLimitUse b) => b.Amount is { } a ? $"{Html.Number(a)} {b.Unit}" : $"{b.Baseline ?? "baseline"} ({b.Unit})";

    private static string Breaches(PairReport r)
    {
        if (r.Breaches.Count == 0)
        {
            return "<p class=\"muted\">No ledger row lies in a banned scope and direction after the ban took effect.</p>";
        }
        var sb = new StringBuilder("<p class=\"note\">Indicators, not findings: each row is a declared flow in a ban's scope and direction after it took effect (and after any wind-down); exemptions the data cannot see are named beside it.</p><table id=\"table-breaches\"><thead><tr><th>period</th><th>HS</th><th class=\"num\">value in the banned days (USD)</th><th>measure</th><th>data</th><th>exemptions the data cannot rule out</th></tr></thead><tbody>");
        foreach (var b in r.Breaches.Take(200))
        {
            sb.Append("<tr data-measure=\"").Append(Html.Attr(b.MeasureId)).Append("\"><td>").Enc(b.Period.ToString()).Append("</td><td>").Enc(b.Hs ?? "all").Append("</td><td class=\"num\">")
              .Enc(b.Value.IsExact ? Html.Number(b.Value.Max) : $"{Html.Number(b.Value.Min)}–{Html.Number(b.Value.Max)}").Append("</td><td>").Enc(b.MeasureId).Append("<br><span class=\"muted\">").Enc(b.Citation)
              .Append("</span></td><td>").Enc($"{b.Dataset} line {b.SourceLine} ({b.Side})").Append("</td><td>").Enc(string.Join("; ", b.Exemptions.Select(x => $"{x.Id} {x.Name}"))).Append("</td></tr>");
        }
        if (r.Breaches.Count > 200)
        {
            sb.Append("<tr><td colspan=\"6\" class=\"muted\">").Append(r.Breaches.Count - 200).Append(" more rows: see 'tradewatch breaches'</td></tr>");
        }
        return sb.Append("</tbody></table>").ToString();
    }

    private static string ChapterBars(PairReport r)
    {
        var years = r.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();
        var chapters = r.ForwardByChapter.Rows.Select(x => x.Hs ?? "all").Distinct().Order(StringComparer.Ordinal).ToList();
        var series = chapters.Select((hs, i) => new ChartSeries(
            hs == "all" ? "all goods" : $"HS {hs}", "s" + (i % 6).ToString(CultureInfo.InvariantCulture),
            r.Years.Select(y => (decimal?)r.ForwardByChapter.Rows.Where(x => (x.Hs ?? "all") == hs && x.Period.Start.Year == y).Sum(x => x.ValueUsd)).Select(v => v == 0 ? null : v).ToList(),
            r.Years.Select(y => r.ForwardByChapter.Rows.FirstOrDefault(x => (x.Hs ?? "all") == hs && x.Period.Start.Year == y) is { } row ? Source(row) : null).ToList())).ToList();
        return SvgChart.StackedBars("chart-trade", $"{r.From.Name} → {r.To.Name}: value by year, stacked by HS chapter (default dataset policy)", years, series);
    }

    private static string SourceLines(PairReport r)
    {
        var years = r.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList();
        var series = r.ForwardByDataset.Select((d, i) => new ChartSeries(d.Dataset, "s" + (i % 6).ToString(CultureInfo.InvariantCulture),
            r.Years.Select(y => SumOrNull(d.Flows.Rows.Where(x => x.Period.Start.Year == y && x.Period.End.Year == y))).ToList(),
            r.Years.Select(y => d.Flows.Rows.FirstOrDefault(x => x.Period.Start.Year == y) is { } row ? Source(row) : null).ToList())).ToList();
        // Press claims of a full calendar year in the same direction are markers on the same axis.
        var claims = r.PairClaims.Where(x => x.Claim.Kind == ClaimKind.TradeValue && x.Claim.Unit == "USD" && x.Claim.From == r.From.Code && x.Claim.To == r.To.Code
                                             && x.Claim.Period is { IsCalendarYear: true } && x.Claim.Value is not null).ToList();
        if (claims.Count > 0)
        {
            series.Add(new ChartSeries("press claims", "claim",
                r.Years.Select(y => claims.FirstOrDefault(c => c.Claim.Period!.Value.Start.Year == y).Claim?.Value).ToList(),
                r.Years.Select(y => claims.FirstOrDefault(c => c.Claim.Period!.Value.Start.Year == y) is { Claim: not null } c ? $"{Path.GetFileName(c.Document.Article.File)}: “{c.Claim.Quote}”" : null).ToList()));
        }
        return SvgChart.Lines("chart-sources", $"{r.From.Name} → {r.To.Name}: source against source (each dataset alone; claims as markers)", years, series);
    }

    private static string Directions(PairReport r)
    {
        var sb = new StringBuilder("<table id=\"table-years\"><thead><tr><th>year</th><th class=\"num\">")
            .Enc($"{r.From.Code} → {r.To.Code}").Append("</th><th>declared by</th><th class=\"num\">").Enc($"{r.To.Code} → {r.From.Code}").Append("</th><th>declared by</th></tr></thead><tbody>");
        foreach (var y in r.Years)
        {
            var f = r.Forward.Rows.FirstOrDefault(x => x.Period.Start.Year == y);
            var b = r.Backward.Rows.FirstOrDefault(x => x.Period.Start.Year == y);
            if (f is null && b is null)
            {
                continue;
            }
            sb.Append("<tr><td>").Append(y).Append("</td>").Append(Cell(f)).Append(Cell(b)).Append("</tr>");
        }
        return sb.Append("</tbody></table>").ToString();

        static string Cell(FlowsRow? row) => row is null
            ? "<td class=\"num\">—</td><td></td>"
            : $"<td class=\"num\" title=\"{Html.Attr(Source(row))}\">{Html.Text(Html.Number(row.ValueUsd))}</td><td>{Html.Text($"{row.Side}, {row.Dataset}")}</td>";
    }

    private static string MeasureTimeline(PairReport r)
    {
        var from = new DateOnly(Math.Min(2006, r.Period.Start.Year), 1, 1);
        var to = r.Period.EndDate;
        var bars = r.Measures.Where(m => m.Effective is not null && m.Effective <= to)
            .OrderBy(m => m.Effective).ThenBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => new TimelineBar(m.Id, Shorten(m.Ref is null ? m.Id : $"{m.Ref} {m.Title}", 42), m.Effective!.Value, m.Ends, m.Type.Name(),
                $"{m.Id}: {m.Title} — {m.Citation.Instrument} {m.Citation.Paragraph}; {m.Direction.Name()}; {m.WindowText}; status {m.Status.Name()}"))
            .ToList();
        return SvgChart.Timeline("chart-measures", "Measures in force over time (hover for citation and status)", bars, from, to);
    }

    private static string MeasureTable(PairReport r)
    {
        var sb = new StringBuilder("<table id=\"table-measures\"><thead><tr><th>measure</th><th>type</th><th>direction</th><th>in force</th><th>citation</th><th>status</th></tr></thead><tbody>");
        foreach (var m in r.Measures.OrderBy(m => m.Effective ?? DateOnly.MaxValue).ThenBy(m => m.Id, StringComparer.Ordinal))
        {
            sb.Append("<tr data-measure=\"").Append(Html.Attr(m.Id)).Append("\"><td>").Enc(m.Id).Append("<br><span class=\"muted\">").Enc(m.Title).Append("</span></td><td><span class=\"badge ")
              .Append(Html.Attr(m.Type.Name())).Append("\">").Enc(m.Type.Name()).Append("</span></td><td>").Enc(m.Direction.Name()).Append("</td><td>").Enc(m.WindowText)
              .Append("</td><td>").Enc($"{m.Citation.Instrument} {m.Citation.Paragraph}").Append("</td><td class=\"status-").Append(Html.Attr(m.Status.Name())).Append("\">").Enc(m.Status.Name()).Append("</td></tr>");
        }
        return sb.Append("</tbody></table>").ToString();
    }

    private static string Composition(PairReport r)
    {
        var chapters = r.ForwardByChapter.Rows.Where(x => x.Hs is not null).GroupBy(x => x.Hs!)
            .Select(g => (Hs: g.Key, Value: g.Sum(x => x.ValueUsd), Rows: g.Sum(x => x.SourceRows), Datasets: string.Join(", ", g.Select(x => x.Dataset).Distinct())))
            .OrderByDescending(x => x.Value).ToList();
        var total = chapters.Sum(c => c.Value);
        if (chapters.Count == 0)
        {
            return "<p class=\"muted\">No goods-level rows for this direction and period.</p>";
        }
        var sections = chapters.GroupBy(c => r.ChapterSections.TryGetValue(c.Hs[..2], out var s) ? s : ("?", "unknown section"))
            .Select(g => (g.Key.Item1, g.Key.Item2, Value: g.Sum(c => c.Value))).OrderByDescending(x => x.Value).ToList();
        var sb = new StringBuilder(SvgChart.StackedBars("chart-composition", $"{r.From.Name} → {r.To.Name}: value by HS section, {r.Period}",
            sections.Select(x => x.Item1).ToList(),
            [new ChartSeries("value", "s0", sections.Select(x => (decimal?)x.Value).ToList(), sections.Select(x => (string?)$"section {x.Item1} {x.Item2}: {(total > 0 ? Html.Percent(x.Value / total) : "")}").ToList())]));
        sb.Append("<table id=\"table-composition\"><thead><tr><th>HS</th><th>chapter</th><th class=\"num\">value (USD)</th><th class=\"num\">share</th><th>measures in force on ").Enc(r.Period.EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
          .Append("</th><th>rows · dataset</th></tr></thead><tbody>");
        foreach (var c in chapters)
        {
            sb.Append("<tr><td>").Enc(c.Hs).Append("</td><td>").Enc(Name(r, c.Hs)).Append("</td><td class=\"num\">").Enc(Html.Number(c.Value)).Append("</td><td class=\"num\">")
              .Enc(total > 0 ? Html.Percent(c.Value / total) : "").Append("</td><td>");
            foreach (var m in r.ChapterMeasures.GetValueOrDefault(c.Hs) ?? [])
            {
                sb.Append("<span class=\"badge ").Append(Html.Attr(m.Measure.Type.Name())).Append("\" data-measure=\"").Append(Html.Attr(m.Measure.Id)).Append("\" title=\"")
                  .Append(Html.Attr($"{m.Measure.Id} ({m.Coverage.ToString().ToLowerInvariant()}): {m.Reason}")).Append("\">").Enc(m.Measure.Ref ?? m.Measure.Id).Append("</span>");
            }
            sb.Append("</td><td>").Enc($"{c.Rows} · {c.Datasets}").Append("</td></tr>");
        }
        return sb.Append("</tbody></table><p class=\"note\">Shares are of the chapters the chosen datasets hold, which may not be all goods.</p>").ToString();
    }

    private static string Claims(PairReport r)
    {
        var claims = r.PairClaims.ToList();
        if (claims.Count == 0)
        {
            return "<p class=\"muted\">No claims about this pair in the loaded articles.</p>";
        }
        var sb = new StringBuilder("<table id=\"table-claims\"><thead><tr><th>article</th><th>quote</th><th class=\"num\">value</th><th>period</th><th>source</th><th>checks</th></tr></thead><tbody>");
        foreach (var (doc, c) in claims)
        {
            var verdicts = doc.Checks.Where(k => k.Claims.Contains(c.Id)).ToList();
            sb.Append("<tr><td>").Enc(Path.GetFileName(doc.Article.File)).Append("</td><td><blockquote>").Enc(c.Quote).Append("</blockquote><span class=\"muted\">")
              .Enc($"span {c.Span.Start}–{c.Span.End}").Append("</span></td><td class=\"num\">").Enc(c.Value is { } v ? $"{v.ToString("#,0.##", CultureInfo.InvariantCulture)} {c.Unit}" : "")
              .Append("</td><td>").Enc(c.Period?.ToString()).Append("</td><td>").Enc(c.Source).Append("</td><td>");
            foreach (var k in verdicts)
            {
                var verdict = VerdictName(k.Verdict);
                sb.Append("<span class=\"badge ").Append(Html.Attr(verdict)).Append("\" title=\"").Append(Html.Attr(k.Reason)).Append("\">").Enc(verdict).Append("</span>");
            }
            sb.Append("</td></tr>");
        }
        sb.Append("</tbody></table>");
        var cross = r.CrossChecks.Where(k => k.Verdict == CheckVerdict.Inconsistent).ToList();
        if (cross.Count > 0)
        {
            sb.Append("<h3>Contradictions between articles</h3><ul>");
            foreach (var k in cross)
            {
                sb.Append("<li>").Enc(k.Reason).Append("</li>");
            }
            sb.Append("</ul>");
        }
        return sb.ToString();
    }

    private static string Provenance(PairReport r)
    {
        var sb = new StringBuilder("<h3>Datasets</h3><table id=\"table-datasets\"><thead><tr><th>name</th><th>format</th><th>file</th><th class=\"num\">rows</th><th class=\"num\">aggregate rows kept apart</th><th>SHA-256</th><th>imported</th></tr></thead><tbody>");
        foreach (var d in r.Datasets)
        {
            sb.Append("<tr><td>").Enc(d.Name).Append("</td><td>").Enc($"{d.Format} ({d.ValueScale})").Append("</td><td>").Enc(d.SourceFile).Append("</td><td class=\"num\">").Enc(Html.Number(d.Rows))
              .Append("</td><td class=\"num\">").Enc(Html.Number(d.AggregateRows)).Append("</td><td><code>").Enc(d.Sha256).Append("</code></td><td>")
              .Enc(d.ImportedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append("</td></tr>");
        }
        sb.Append("</tbody></table><h3>Rulebooks</h3><table id=\"table-rulebooks\"><thead><tr><th>rulebook</th><th>version</th><th>authority</th><th class=\"num\">measures</th></tr></thead><tbody>");
        foreach (var b in r.Rulebooks)
        {
            sb.Append("<tr><td>").Enc($"{b.Header.Id}: {b.Header.Title}").Append("</td><td>").Enc(b.Header.Version).Append("</td><td>").Enc(b.Header.Authority)
              .Append("</td><td class=\"num\">").Append(b.Measures.Count).Append("</td></tr>");
        }
        sb.Append("</tbody></table><h3>Method</h3><ul class=\"note\">")
          .Append("<li>Direction: goods moving from the first country to the second, whoever declared them.</li>")
          .Append("<li>One dataset per year and side (the one covering the most goods; ties to the earliest import); the exporter's declarations where the exporter reported, else the importer's; one HS level per chapter. The same flow from two datasets is never summed.</li>")
          .Append("<li>World partners, regional aggregates and commodity totals are kept apart and never added to their parts.</li>")
          .Append("<li>Press claims are extracted by Tradewatch's recognizers; each check states its arithmetic.</li></ul>");
        return sb.ToString();
    }

    /// <summary>No rows is "no data" (a gap in a chart), never zero.</summary>
    private static decimal? SumOrNull(IEnumerable<FlowsRow> rows)
    {
        var list = rows.ToList();
        return list.Count == 0 ? null : list.Sum(x => x.ValueUsd);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    private static string Source(FlowsRow row) =>
        $"{row.Dataset}, {row.SourceRows} row{(row.SourceRows == 1 ? "" : "s")}, {row.Side}'s declarations, {row.Period}";

    private static string Name(PairReport r, string hs) => r.ChapterNames.TryGetValue(hs[..Math.Min(2, hs.Length)], out var n) ? n : "HS " + hs;

    private static string VerdictName(CheckVerdict v) => v switch
    {
        CheckVerdict.Consistent => "consistent",
        CheckVerdict.Inconsistent => "inconsistent",
        _ => "cannot_check",
    };

    /// <summary>Numbered footnotes, rendered at the end of the page.</summary>
    private sealed class Footnotes
    {
        private readonly List<string> _notes = [];

        public string Add(string text)
        {
            _notes.Add(text);
            var n = _notes.Count;
            return $"<sup><a href=\"#fn-{n}\" id=\"ref-{n}\">{n}</a></sup>";
        }

        public string Render()
        {
            var sb = new StringBuilder("<h3>Notes</h3><ol class=\"note\" id=\"footnotes\">");
            for (var i = 0; i < _notes.Count; i++)
            {
                sb.Append("<li id=\"fn-").Append(i + 1).Append("\">").Enc(_notes[i]).Append("</li>");
            }
            return sb.Append("</ol>").ToString();
        }
    }
}
