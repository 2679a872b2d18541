using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tradewatch.Analytics.Breaches;
using Tradewatch.Cli.Output;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch breaches --from X --to Y [--period P]</c>: breach indicators, with the exemptions data cannot see named.</summary>
internal static class BreachesCommand
{
    public static Command Create(CliContext context)
    {
        var from = CommonOptions.Country("--from", "Exporting country (goods move from here)");
        var to = CommonOptions.Country("--to", "Importing country (goods move to here)");
        var period = CommonOptions.Period();
        var side = CommonOptions.Side();
        var datasets = CommonOptions.Datasets();
        var rulebooks = AnalyticsRules.Option();
        var format = CommonOptions.Format();
        var command = new Command("breaches", "Breach indicators: flows in a banned scope and direction after the ban (and its wind-down) took effect")
        {
            from, to, period, side, datasets, rulebooks, format,
        };
        command.SetAction(parse =>
        {
            var request = new BreachesRequest(CommonOptions.ParseCountry("--from", parse.GetValue(from)), CommonOptions.ParseCountry("--to", parse.GetValue(to)))
            {
                Period = CommonOptions.ParsePeriod("--period", parse.GetValue(period)),
                Side = parse.GetValue(side),
                Datasets = parse.GetValue(datasets) ?? [],
            };
            using var store = context.OpenStore(parse);
            AnalyticsRules.Ensure(store, parse.GetValue(rulebooks));
            Print(context, parse.GetValue(format), BreachesQuery.Run(store, request));
            return TradewatchCli.Success;
        });
        return command;
    }

    private static void Print(CliContext context, OutputFormat format, IReadOnlyList<BreachIndicator> rows)
    {
        switch (format)
        {
            case OutputFormat.Json:
                Json.Write(context.Out, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("note", "indicators, not findings: value_usd is the row's value pro-rated to the days the ban was in force after any wind-down (the max of value_usd_min..value_usd_max when the row's code is coarser than the ban's scope); the exemptions listed cannot be ruled out from trade data");
                    w.WriteStartArray("breaches");
                    foreach (var b in rows)
                    {
                        w.WriteStartObject();
                        w.WritePeriod("period", b.Period);
                        w.WriteStringOrNull("hs", b.Hs);
                        ExposureCommand.WriteRange(w, "value_usd", b.Value);
                        w.WriteString("measure_id", b.MeasureId);
                        w.WriteString("citation", b.Citation);
                        w.WriteString("rulebook", b.Rulebook);
                        w.WriteString("coverage", b.Coverage);
                        w.WriteNumber("row_value_usd", b.RowValueUsd);
                        w.WriteNumber("days_banned", b.DaysBanned);
                        w.WriteNumber("days", b.Days);
                        w.WriteString("side", b.Side);
                        w.WriteString("dataset", b.Dataset);
                        w.WriteNumber("source_line", b.SourceLine);
                        w.WriteStartArray("exemptions");
                        foreach (var e in b.Exemptions)
                        {
                            w.WriteStartObject();
                            w.WriteString("id", e.Id);
                            w.WriteString("name", e.Name);
                            w.WriteString("detectable", e.Detectable);
                            w.WriteString("how", e.How);
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                break;
            case OutputFormat.Csv:
                Csv.Write(context.Out, ["period", "hs", "value_usd_min", "value_usd_max", "measure_id", "citation", "coverage", "row_value_usd", "days_banned", "days", "side", "dataset", "source_line", "exemptions"],
                    rows.Select(b => (IReadOnlyList<string?>)[b.Period.ToString(), b.Hs, Amounts.Usd(b.Value.Min), Amounts.Usd(b.Value.Max), b.MeasureId, b.Citation, b.Coverage, Amounts.Usd(b.RowValueUsd),
                        b.DaysBanned.ToString(CultureInfo.InvariantCulture), b.Days.ToString(CultureInfo.InvariantCulture), b.Side, b.Dataset, b.SourceLine.ToString(CultureInfo.InvariantCulture),
                        string.Join("; ", b.Exemptions.Select(e => $"{e.Id} {e.Name}"))]));
                break;
            default:
                var table = new Table().AddColumns("period", "hs", "value (USD)", "measure", "citation", "data", "cannot rule out");
                foreach (var b in rows)
                {
                    table.AddRow(b.Period.ToString(), b.Hs ?? "all", ExposureCommand.Human(b.Value), Markup.Escape(b.MeasureId), Markup.Escape(b.Citation),
                        Markup.Escape($"{b.Dataset}:{b.SourceLine} ({b.Side})"), Markup.Escape(string.Join('\n', b.Exemptions.Select(e => $"{e.Id} {e.Name}"))));
                }
                table.Caption("indicators, not findings: pro-rated to the banned days; ranges where the data is coarser than the scope");
                context.TableConsole().Write(table);
                context.Out.WriteLine();
                break;
        }
    }
}
