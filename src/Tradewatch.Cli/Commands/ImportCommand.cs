using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tradewatch.Data.Import;
using Tradewatch.Domain;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch import baci|comtrade|dots|csv FILE</c>.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var import = new Command("import", "Import a trade-statistics file into the ledger (all or nothing; re-importing the same file is a no-op)");
        import.Add(Format(context, "baci", "CEPII BACI yearly CSV (t,i,j,k,v,q; v in thousand USD, q in metric tons)", withRevision: true));
        import.Add(Format(context, "comtrade", "UN Comtrade CSV (classic or Comtrade+ columns) or Comtrade+ API JSON"));
        import.Add(Format(context, "dots", "IMF Direction of Trade Statistics, long form (US$ millions); .gz accepted"));
        import.Add(Format(context, "csv", "Any other CSV through a column mapping (--map MAPPING.yaml)", withMap: true));
        return import;
    }

    private static Command Format(CliContext context, string format, string description, bool withRevision = false, bool withMap = false)
    {
        var file = new Argument<string>("FILE") { Description = "The file to import (.gz accepted)" };
        var dataset = new Option<string?>("--dataset") { Description = "Dataset name (default: the file name)" };
        var maxErrors = new Option<int>("--max-errors") { Description = "Bad rows to skip and report before refusing the file (default 0)", DefaultValueFactory = _ => 0 };
        var replace = new Option<bool>("--replace") { Description = "Replace a dataset of the same name imported from another file" };
        var encoding = new Option<string?>("--encoding") { Description = "Text encoding when the file has no BOM: utf-8 (default) or windows-1252" };
        var revision = new Option<string?>("--hs-revision") { Description = "HS revision of the file (BACI does not state it inside): HS92, HS17, …" };
        var map = new Option<string?>("--map") { Description = "Column mapping (YAML) for the generic CSV importer", Required = withMap };
        var command = new Command(format, description) { file, dataset, maxErrors, replace, encoding };
        if (withRevision)
        {
            command.Add(revision);
        }
        if (withMap)
        {
            command.Add(map);
        }
        command.SetAction(parse =>
        {
            var revisionText = parse.GetValue(revision);
            var hsRevision = HsRevision.Unspecified;
            if (revisionText is not null && !HsRevisions.TryParse(revisionText, out hsRevision))
            {
                throw new InputException($"--hs-revision: {ErrorMessages.Expected("an HS revision (HS92, HS96, HS02, HS07, HS12, HS17, HS22)", revisionText)}");
            }
            var options = new ImportOptions(format, parse.GetValue(file)!, parse.GetValue(dataset), parse.GetValue(maxErrors), parse.GetValue(replace))
            {
                Encoding = Data.Csv.TextSources.ParseEncoding(parse.GetValue(encoding)),
                HsRevision = hsRevision,
                MappingPath = parse.GetValue(map),
            };
            using var store = context.OpenStore(parse);
            var result = context.ErrorIsTerminal ? WithProgressBar(context, store, options) : LedgerImporter.Import(store, options);
            Report(context, options, result);
            return TradewatchCli.Success;
        });
        return command;
    }

    private static ImportResult WithProgressBar(CliContext context, Data.Store.TradewatchStore store, ImportOptions options)
    {
        ImportResult? result = null;
        context.ProgressConsole().Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask($"importing {Markup.Escape(Path.GetFileName(options.FilePath))}", maxValue: 1.0);
            result = LedgerImporter.Import(store, options with { Progress = new Progress<double>(f => task.Value = f) });
            task.Value = 1.0;
        });
        return result!;
    }

    private static void Report(CliContext context, ImportOptions options, ImportResult r)
    {
        var err = context.Error;
        foreach (var warning in r.Warnings)
        {
            err.WriteLine($"warning: {warning}");
        }
        foreach (var error in r.ToleratedErrors)
        {
            err.WriteLine(error.ToString());
        }
        if (r.AlreadyImported)
        {
            err.WriteLine($"{options.FilePath}: already imported as dataset '{r.Dataset}' (sha256 {r.Sha256[..12]}…); nothing changed");
            return;
        }
        var seconds = Math.Max(r.Elapsed.TotalSeconds, 0.001);
        err.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"imported {r.Rows:N0} rows into dataset '{r.Dataset}' ({r.Format}); {r.AggregateRows:N0} aggregate rows kept apart; {r.SkippedRows:N0} bad rows skipped; {seconds:F1} s, {(r.Rows + r.AggregateRows) / seconds:N0} rows/s"));
    }
}
