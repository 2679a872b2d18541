using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tradewatch.Cli.Output;
using Tradewatch.Data.Queries;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch datasets list|drop</c>.</summary>
internal static class DatasetsCommand
{
    public static Command Create(CliContext context)
    {
        var datasets = new Command("datasets", "The datasets in the ledger");

        var format = CommonOptions.Format();
        var list = new Command("list", "List the imported datasets with their row counts and file hashes") { format };
        list.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            Print(context, parse.GetValue(format), DatasetsRepository.List(store));
            return TradewatchCli.Success;
        });

        var name = new Argument<string>("NAME") { Description = "The dataset to drop" };
        var drop = new Command("drop", "Remove a dataset and all its rows") { name };
        drop.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            DatasetsRepository.Drop(store, parse.GetValue(name)!);
            context.Error.WriteLine($"dropped dataset '{parse.GetValue(name)}'");
            return TradewatchCli.Success;
        });

        datasets.Add(list);
        datasets.Add(drop);
        return datasets;
    }

    private static void Print(CliContext context, OutputFormat format, IReadOnlyList<DatasetInfo> datasets)
    {
        static string Stamp(DateTime t) => t.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        switch (format)
        {
            case OutputFormat.Json:
                Json.Write(context.Out, w =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("datasets");
                    foreach (var d in datasets)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", d.Name);
                        w.WriteString("format", d.Format);
                        w.WriteNumber("rows", d.Rows);
                        w.WriteString("imported_at", Stamp(d.ImportedAt));
                        w.WriteString("sha256", d.Sha256);
                        w.WriteString("source_file", d.SourceFile);
                        w.WriteNumber("aggregate_rows", d.AggregateRows);
                        w.WriteNumber("skipped_rows", d.SkippedRows);
                        w.WriteString("value_scale", d.ValueScale);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                break;
            case OutputFormat.Csv:
                Csv.Write(context.Out, ["name", "format", "rows", "aggregate_rows", "skipped_rows", "imported_at", "sha256", "source_file"],
                    datasets.Select(d => (IReadOnlyList<string?>)[d.Name, d.Format, Num(d.Rows), Num(d.AggregateRows), Num(d.SkippedRows), Stamp(d.ImportedAt), d.Sha256, d.SourceFile]));
                break;
            default:
                var table = new Table().AddColumns("name", "format", "rows", "aggregates", "imported", "sha256");
                foreach (var d in datasets)
                {
                    table.AddRow(Markup.Escape(d.Name), d.Format, d.Rows.ToString("N0", CultureInfo.InvariantCulture),
                        d.AggregateRows.ToString("N0", CultureInfo.InvariantCulture), Stamp(d.ImportedAt), d.Sha256[..12] + "…");
                }
                context.TableConsole().Write(table);
                context.Out.WriteLine();
                break;
        }
    }

    private static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);
}
