using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tradewatch.Cli.Output;
using Tradewatch.Data.Queries;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch flows --from X --to Y [--period P] [--hs PREFIX] [--by …]</c>.</summary>
internal static class FlowsCommand
{
    public static Command Create(CliContext context)
    {
        var from = CommonOptions.Country("--from", "Exporting country (goods move from here)");
        var to = CommonOptions.Country("--to", "Importing country (goods move to here)");
        var period = CommonOptions.Period();
        var hs = new Option<string?>("--hs") { Description = "HS code prefix, e.g. 27 or 2701" };
        var by = new Option<FlowsBreakdown>("--by") { Description = "year (default), month, hs2, hs4 or hs6", DefaultValueFactory = _ => FlowsBreakdown.Year };
        var side = CommonOptions.Side();
        var datasets = CommonOptions.Datasets();
        var format = CommonOptions.Format();
        var command = new Command("flows", "What the ledger holds for goods moving from one country to another")
        {
            from, to, period, hs, by, side, datasets, format,
        };
        command.SetAction(parse =>
        {
            var hsPrefix = parse.GetValue(hs)?.Trim();
            if (hsPrefix is not null && (hsPrefix.Length is 0 or > 6 || !hsPrefix.All(char.IsAsciiDigit)))
            {
                throw new Domain.InputException($"--hs: {Domain.ErrorMessages.Expected("an HS code prefix of 1 to 6 digits", hsPrefix)}");
            }
            var request = new FlowsRequest(CommonOptions.ParseCountry("--from", parse.GetValue(from)), CommonOptions.ParseCountry("--to", parse.GetValue(to)))
            {
                Period = CommonOptions.ParsePeriod("--period", parse.GetValue(period)),
                HsPrefix = hsPrefix,
                By = parse.GetValue(by),
                Side = parse.GetValue(side),
                Datasets = parse.GetValue(datasets) ?? [],
            };
            using var store = context.OpenStore(parse);
            Print(context, parse.GetValue(format), FlowsQuery.Run(store, request));
            return TradewatchCli.Success;
        });
        return command;
    }

    private static void Print(CliContext context, OutputFormat format, FlowsResult result)
    {
        static string? Num(double? v) => v?.ToString("R", CultureInfo.InvariantCulture);
        switch (format)
        {
            case OutputFormat.Json:
                Json.Write(context.Out, w =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("total_value_usd", result.TotalValueUsd);
                    w.WriteStartArray("rows");
                    foreach (var r in result.Rows)
                    {
                        w.WriteStartObject();
                        w.WritePeriod("period", r.Period);
                        w.WriteStringOrNull("hs", r.Hs);
                        w.WriteNumber("value_usd", r.ValueUsd);
                        w.WriteNumberOrNull("net_weight_kg", r.NetWeightKg);
                        w.WriteNumberOrNull("quantity", r.Quantity);
                        w.WriteStringOrNull("quantity_unit", r.QuantityUnit);
                        w.WriteString("side", r.Side);
                        w.WriteString("dataset", r.Dataset);
                        w.WriteNumber("source_rows", r.SourceRows);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                break;
            case OutputFormat.Csv:
                Csv.Write(context.Out, ["period", "hs", "value_usd", "net_weight_kg", "quantity", "quantity_unit", "side", "dataset", "source_rows"],
                    result.Rows.Select(r => (IReadOnlyList<string?>)[r.Period.ToString(), r.Hs, Amounts.Usd(r.ValueUsd), Num(r.NetWeightKg), Num(r.Quantity), r.QuantityUnit, r.Side, r.Dataset, r.SourceRows.ToString(CultureInfo.InvariantCulture)]));
                break;
            default:
                var table = new Table().AddColumns("period", "hs", "value (USD)", "net weight (kg)", "side", "dataset", "rows");
                foreach (var r in result.Rows)
                {
                    table.AddRow(r.Period.ToString(), r.Hs ?? "all", r.ValueUsd.ToString("N0", CultureInfo.InvariantCulture),
                        r.NetWeightKg?.ToString("N0", CultureInfo.InvariantCulture) ?? "", r.Side, Markup.Escape(r.Dataset), r.SourceRows.ToString(CultureInfo.InvariantCulture));
                }
                table.Caption($"total USD {result.TotalValueUsd.ToString("N0", CultureInfo.InvariantCulture)}");
                context.TableConsole().Write(table);
                context.Out.WriteLine();
                break;
        }
    }
}
