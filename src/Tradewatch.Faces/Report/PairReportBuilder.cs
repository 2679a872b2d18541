using Tradewatch.Analytics.Breaches;
using Tradewatch.Analytics.Caps;
using Tradewatch.Analytics.Exposure;
using Tradewatch.Claims;
using Tradewatch.Claims.Intake;
using Tradewatch.Data.Queries;
using Tradewatch.Data.Store;
using Tradewatch.Domain;
using Tradewatch.Rules.Model;

namespace Tradewatch.Faces.Report;

/// <summary>Gathers a <see cref="PairReport"/>: set-based queries on the store, the loaded rulebooks, extracted claims.</summary>
public static class PairReportBuilder
{
    /// <summary>
    /// Builds the report. The store's rule tables must match <paramref name="rules"/> (see
    /// <c>Analytics.Rulebooks.RuleTables.Sync</c>): exposure, breaches and caps are set-based queries over them.
    /// </summary>
    public static PairReport Build(TradewatchStore store, CountryCode from, CountryCode to, Period period, RulebookSet rules, IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(articles);
        var datasets = DatasetsRepository.List(store);
        var forward = FlowsQuery.Run(store, new FlowsRequest(from, to) { Period = period });
        var byDataset = datasets
            .Select(d => (d.Name, FlowsQuery.Run(store, new FlowsRequest(from, to) { Period = period, Datasets = [d.Name] })))
            .Where(x => x.Item2.Rows.Count > 0)
            .ToList();
        var chapterNames = store.Hs.EntriesOf(HsRevision.HS2022).Where(e => e.Code.Level == 2)
            .ToDictionary(e => e.Code.Digits, e => e.Description ?? e.Code.Digits, StringComparer.Ordinal);

        var sectionNames = store.Hs.SectionNames;
        var chapterSections = store.Hs.EntriesOf(HsRevision.HS2022).Where(e => e.Code.Level == 2 && e.Section is not null)
            .ToDictionary(e => e.Code.Digits, e => (e.Section!, sectionNames.GetValueOrDefault(e.Section!) ?? e.Section!), StringComparer.Ordinal);
        var byChapter = FlowsQuery.Run(store, new FlowsRequest(from, to) { Period = period, By = FlowsBreakdown.Hs2 });
        var matcher = new Rules.Matching.RuleMatcher(rules);
        var chapterMeasures = byChapter.Rows.Where(x => x.Hs is not null).Select(x => x.Hs!).Distinct()
            .ToDictionary(hs => hs, hs => (IReadOnlyList<Rules.Matching.MeasureMatch>)matcher.Match(new Rules.Matching.FlowQuery(HsCode.Create(hs), from, to, period.EndDate)), StringComparer.Ordinal);

        var checker = ClaimChecker.Default;
        var documents = articles
            .Select(a => checker.Check(ClaimExtractor.Default.Extract(a)))
            .Where(d => d.Claims.Any(c => PairReport.IsAboutPair(c, from, to)))
            .ToList();
        return new PairReport
        {
            From = store.Countries.Get(from),
            To = store.Countries.Get(to),
            Period = period,
            Forward = forward,
            Backward = FlowsQuery.Run(store, new FlowsRequest(to, from) { Period = period }),
            ForwardByDataset = byDataset,
            ForwardByChapter = byChapter,
            ChapterSections = chapterSections,
            ChapterMeasures = chapterMeasures,
            Datasets = datasets,
            Exposure = ExposureQuery.Run(store, new ExposureRequest(from, to) { Period = period }),
            Breaches = BreachesQuery.Run(store, new BreachesRequest(from, to) { Period = period }),
            Caps = CapsQuery.Run(store, rules, period, [])
                .Where(c => rules.Find(c.MeasureId) is { } m && AboutThisDirection(m, from, to))
                .ToList(),
            Measures = rules.Measures.Where(m => m.Rulebook.Targets.Contains(from) || m.Rulebook.Targets.Contains(to)).ToList(),
            Rulebooks = rules.Rulebooks,
            Articles = documents,
            CrossChecks = checker.CrossCheck(documents),
            ChapterNames = chapterNames,
        };
    }

    /// <summary>A cap on supplies *to* the importer, or on procurement *from* the exporter: the caps this direction can fill.</summary>
    private static bool AboutThisDirection(Measure m, CountryCode from, CountryCode to) =>
        (m.Direction is MeasureDirection.ToTarget or MeasureDirection.Both && m.Rulebook.Targets.Contains(to))
        || (m.Direction is MeasureDirection.FromTarget or MeasureDirection.Both && m.Rulebook.Targets.Contains(from));

    /// <summary>Reads every <c>.txt</c>/<c>.html</c> article of a folder (the bundled sample articles).</summary>
    public static IReadOnlyList<Article> ReadArticles(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).Select(f => ArticleReader.ReadFile(f)).ToList()
            : [];
}
