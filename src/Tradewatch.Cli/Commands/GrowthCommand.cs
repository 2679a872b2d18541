using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tradewatch.Analytics.Growth;
using Tradewatch.Cli.Output;
using Tradewatch.Domain;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch growth --from X --to Y [--period P] [--by year|month]</c>: each period against the same months a year earlier.</summary>
internal static class GrowthCommand
{
    public static Command Create(CliContext context)
    {
        var from = CommonOptions.Country("--from", "Exporting country (goods move from here)");
        var to = CommonOptions.Country("--to", "Importing country (goods move to here)");
        var period = CommonOptions.Period();
        var by = new Option<ExposureCommand.Breakdown>("--by") { Description = "year (default) or month", DefaultValueFactory = _ => ExposureCommand.Breakdown.Year };
        var hs = CommonOptions.HsPrefix();
        var side = CommonOptions.Side();
        var datasets = CommonOptions.Datasets();
        var format = CommonOptions.Format();
        var command = new Command("growth", "Growth against the same months one year earlier (a partial year only against the same months)")
        {
            from, to, period, by, hs, side, datasets, format,
        };
        command.SetAction(parse =>
        {
            var hsText = CommonOptions.ParseHsPrefix(parse.GetValue(hs));
            var request = new GrowthRequest(CommonOptions.ParseCountry("--from", parse.GetValue(from)), CommonOptions.ParseCountry("--to", parse.GetValue(to)))
            {
                Period = CommonOptions.ParsePeriod("--period", parse.GetValue(period)),
                ByMonth = parse.GetValue(by) == ExposureCommand.Breakdown.Month,
                Hs = hsText,
                Side = parse.GetValue(side),
                Datasets = parse.GetValue(datasets) ?? [],
            };
            using var store = context.OpenStore(parse);
            Print(context, parse.GetValue(format), request, GrowthQuery.Run(store, request));
            return TradewatchCli.Success;
        });
        return command;
    }


    private static void Print(CliContext context, OutputFormat format, GrowthRequest request, IReadOnlyList<GrowthPeriod> periods)
    {
        switch (format)
        {
            case OutputFormat.Json:
                Json.Write(context.Out, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("from", request.From.Alpha3);
                    w.WriteString("to", request.To.Alpha3);
                    w.WriteStringOrNull("hs", request.Hs);
                    w.WriteMethod(GrowthQuery.Method);
                    w.WriteStartArray("periods");
                    foreach (var p in periods)
                    {
                        w.WriteStartObject();
                        w.WritePeriod("period", p.Period);
                        w.WriteNumber("value_usd", p.ValueUsd);
                        w.WritePeriod("previous_period", p.PreviousPeriod);
                        w.WriteNumberOrNull("previous_value_usd", p.PreviousValueUsd);
                        w.WriteNumberOrNull("change_usd", p.ChangeUsd);
                        w.WriteNumberOrNull("growth", p.Growth);
                        w.WriteBoolean("comparable", p.Comparable);
                        w.WriteStringOrNull("reason", p.Reason);
                        w.WriteString("side", p.Side);
                        w.WriteString("dataset", p.Dataset);
                        w.WriteNumber("source_rows", p.Rows);
                        w.WriteStringOrNull("previous_side", p.PreviousSide);
                        w.WriteStringOrNull("previous_dataset", p.PreviousDataset);
                        w.WriteNumber("previous_source_rows", p.PreviousRows);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                break;
            case OutputFormat.Csv:
                Csv.Write(context.Out, ["period", "value_usd", "previous_period", "previous_value_usd", "change_usd", "growth", "reason", "side", "dataset", "source_rows", "previous_dataset", "previous_source_rows"],
                    periods.Select(p => (IReadOnlyList<string?>)[p.Period.ToString(), Amounts.Usd(p.ValueUsd), p.PreviousPeriod.ToString(), Amounts.Usd(p.PreviousValueUsd), Amounts.Usd(p.ChangeUsd),
                        p.Growth?.ToString(CultureInfo.InvariantCulture), p.Reason, p.Side, p.Dataset, p.Rows.ToString(CultureInfo.InvariantCulture), p.PreviousDataset,
                        p.PreviousRows.ToString(CultureInfo.InvariantCulture)]));
                break;
            default:
                var table = new Table().AddColumns("period", "value (USD)", "a year earlier", "value (USD)", "growth", "data");
                foreach (var p in periods)
                {
                    table.AddRow(p.Period.ToString(), p.ValueUsd.ToString("N0", CultureInfo.InvariantCulture), p.PreviousPeriod.ToString(),
                        p.PreviousValueUsd?.ToString("N0", CultureInfo.InvariantCulture) ?? "-",
                        p.Growth?.ToString("P1", CultureInfo.InvariantCulture) ?? Markup.Escape(p.Reason ?? "-"),
                        Markup.Escape($"{p.Dataset} ({p.Side}, {p.Rows} rows)"));
                }
                table.Caption("each period against the same months one year earlier");
                context.TableConsole().Write(table);
                context.Out.WriteLine();
                break;
        }
    }

}
