using System.CommandLine;
using Spectre.Console;
using Tradewatch.Data.Bundled;
using Tradewatch.Data.Queries;
using Tradewatch.Data.Store;
using Tradewatch.Domain;
using Tradewatch.Faces.Report;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch report --from X --to Y [--period P] --out FILE.html</c>: the self-contained HTML report.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var from = CommonOptions.Country("--from", "Exporting country (goods move from here)");
        var to = CommonOptions.Country("--to", "Importing country (goods move to here)");
        var period = CommonOptions.Period();
        var output = new Option<string>("--out") { Description = "The HTML file to write", DefaultValueFactory = _ => "report.html" };
        var articles = new Option<string?>("--articles") { Description = "Folder of articles (.txt/.html) whose claims the report checks. Default: the bundled sample articles" };
        var rulebooks = AnalyticsRules.Option();
        var command = new Command("report", "Write one self-contained HTML report for a country pair (no network needed to open it)")
        {
            from, to, period, output, articles, rulebooks,
        };
        command.SetAction(parse =>
        {
            var exporter = CommonOptions.ParseCountry("--from", parse.GetValue(from));
            var importer = CommonOptions.ParseCountry("--to", parse.GetValue(to));
            var requested = CommonOptions.ParsePeriod("--period", parse.GetValue(period));
            using var store = context.OpenStore(parse);
            var rules = AnalyticsRules.Ensure(store, parse.GetValue(rulebooks), needSet: true)!;
            var dataFolder = BundledData.FindDataFolder();
            if (dataFolder is not null)
            {
                LoadBundled(context, store, dataFolder);
            }
            var articleFolder = parse.GetValue(articles) ?? (dataFolder is null ? null : Path.Combine(dataFolder, "articles"));
            var report = PairReportBuilder.Build(store, exporter, importer, requested ?? DefaultPeriod(store, exporter, importer), rules,
                articleFolder is null ? [] : PairReportBuilder.ReadArticles(articleFolder));
            var path = Path.GetFullPath(parse.GetValue(output)!);
            File.WriteAllText(path, ReportPage.Render(report, DateTimeOffset.UtcNow));
            context.Error.WriteLine($"wrote {path}");
            return TradewatchCli.Success;
        });
        return command;
    }

    private static void LoadBundled(CliContext context, TradewatchStore store, string dataFolder)
    {
        var missing = BundledData.Files.Where(f => !DatasetsRepository.List(store).Any(d => d.Name == f.Dataset)).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        if (context.ErrorIsTerminal)
        {
            context.ProgressConsole().Progress().AutoClear(true).Start(ctx =>
            {
                var task = ctx.AddTask("loading the bundled datasets", maxValue: BundledData.Files.Count);
                BundledData.EnsureImported(store, dataFolder, _ => task.Increment(1));
            });
        }
        else
        {
            BundledData.EnsureImported(store, dataFolder, file => context.Error.WriteLine($"loading bundled dataset {file}"));
        }
    }

    /// <summary>Without --period: every year the ledger holds for the pair, either direction.</summary>
    private static Period DefaultPeriod(TradewatchStore store, CountryCode a, CountryCode b)
    {
        var rows = FlowsQuery.Run(store, new FlowsRequest(a, b)).Rows.Concat(FlowsQuery.Run(store, new FlowsRequest(b, a)).Rows).ToList();
        return rows.Count == 0
            ? Period.Year(DateTime.UtcNow.Year - 1)
            : Period.Between(rows.Min(r => r.Period.Start), rows.Max(r => r.Period.End));
    }
}
