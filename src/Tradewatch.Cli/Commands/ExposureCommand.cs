using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Tradewatch.Analytics;
using Tradewatch.Analytics.Exposure;
using Tradewatch.Cli.Output;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch exposure --from X --to Y [--period P] [--by year|month]</c>: trade under ban, cap, exemption, per period.</summary>
internal static class ExposureCommand
{
    public enum Breakdown
    {
        Year,
        Month,
    }

    public static Command Create(CliContext context)
    {
        var from = CommonOptions.Country("--from", "Exporting country (goods move from here)");
        var to = CommonOptions.Country("--to", "Importing country (goods move to here)");
        var period = CommonOptions.Period();
        var by = new Option<Breakdown>("--by") { Description = "year (default) or month", DefaultValueFactory = _ => Breakdown.Year };
        var side = CommonOptions.Side();
        var datasets = CommonOptions.Datasets();
        var rulebooks = AnalyticsRules.Option();
        var format = CommonOptions.Format();
        var command = new Command("exposure", "Value under ban, cap or exemption as of each period (ranges where the data is coarser than the rules)")
        {
            from, to, period, by, side, datasets, rulebooks, format,
        };
        command.SetAction(parse =>
        {
            var request = new ExposureRequest(CommonOptions.ParseCountry("--from", parse.GetValue(from)), CommonOptions.ParseCountry("--to", parse.GetValue(to)))
            {
                Period = CommonOptions.ParsePeriod("--period", parse.GetValue(period)),
                ByMonth = parse.GetValue(by) == Breakdown.Month,
                Side = parse.GetValue(side),
                Datasets = parse.GetValue(datasets) ?? [],
            };
            using var store = context.OpenStore(parse);
            AnalyticsRules.Ensure(store, parse.GetValue(rulebooks));
            Print(context, parse.GetValue(format), request, ExposureQuery.Run(store, request));
            return TradewatchCli.Success;
        });
        return command;
    }


    internal static string Human(ValueRange r) => r.IsExact
        ? r.Max.ToString("N0", CultureInfo.InvariantCulture)
        : $"{r.Min.ToString("N0", CultureInfo.InvariantCulture)}..{r.Max.ToString("N0", CultureInfo.InvariantCulture)}";

    internal static void WriteRange(Utf8JsonWriter w, string name, ValueRange r)
    {
        w.WriteNumber(name, r.Max);
        w.WriteNumber(name + "_min", r.Min);
        w.WriteNumber(name + "_max", r.Max);
    }

    private static void Print(CliContext context, OutputFormat format, ExposureRequest request, IReadOnlyList<ExposurePeriod> periods)
    {
        switch (format)
        {
            case OutputFormat.Json:
                Json.Write(context.Out, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("from", request.From.Alpha3);
                    w.WriteString("to", request.To.Alpha3);
                    w.WriteMethod(ExposureQuery.Method);
                    w.WriteStartArray("periods");
                    foreach (var p in periods)
                    {
                        w.WriteStartObject();
                        w.WritePeriod("period", p.Period);
                        w.WriteNumber("total_usd", p.TotalUsd);
                        WriteRange(w, "banned_usd", p.Banned);
                        WriteRange(w, "capped_usd", p.Capped);
                        WriteRange(w, "exempted_usd", p.Exempted);
                        WriteRange(w, "unrestricted_usd", p.Unrestricted);
                        w.WriteNumber("banned_share", p.BannedShare.Max);
                        w.WriteNumber("banned_share_min", p.BannedShare.Min);
                        w.WriteNumber("banned_share_max", p.BannedShare.Max);
                        w.WriteString("coverage", p.Coverage);
                        w.WriteString("side", p.Side);
                        w.WriteString("dataset", p.Dataset);
                        w.WriteNumber("source_rows", p.SourceRows);
                        w.WriteDatasetRows(p.Datasets);
                        w.WriteStartArray("by_measure");
                        foreach (var m in p.ByMeasure)
                        {
                            w.WriteStartObject();
                            w.WriteString("measure_id", m.MeasureId);
                            WriteRange(w, "value_usd", m.Value);
                            w.WriteString("coverage", m.Coverage);
                            w.WriteString("type", m.Type);
                            w.WriteString("citation", m.Citation);
                            w.WriteBoolean("pro_rated", m.ProRated);
                            w.WriteNumber("wind_down_usd_max", m.WindDownMaxUsd);
                            w.WriteNumber("rows", m.Rows);
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                        w.WriteStartArray("needs_item_review");
                        foreach (var m in p.NeedsItemReview)
                        {
                            w.WriteStartObject();
                            w.WriteString("measure_id", m.MeasureId);
                            w.WriteNumber("value_usd_max", m.Value.Max);
                            w.WriteString("citation", m.Citation);
                            w.WriteString("reason", "list-based scope: the HS code is only a pre-filter; the items must be checked against the list");
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
                Csv.Write(context.Out,
                    ["period", "total_usd", "banned_usd_min", "banned_usd_max", "capped_usd_min", "capped_usd_max", "exempted_usd_min", "exempted_usd_max",
                     "unrestricted_usd_min", "unrestricted_usd_max", "banned_share_min", "banned_share_max", "coverage", "side", "dataset", "source_rows", "measures"],
                    periods.Select(p => (IReadOnlyList<string?>)[p.Period.ToString(), Amounts.Usd(p.TotalUsd), Amounts.Usd(p.Banned.Min), Amounts.Usd(p.Banned.Max), Amounts.Usd(p.Capped.Min), Amounts.Usd(p.Capped.Max),
                        Amounts.Usd(p.Exempted.Min), Amounts.Usd(p.Exempted.Max), Amounts.Usd(p.Unrestricted.Min), Amounts.Usd(p.Unrestricted.Max),
                        p.BannedShare.Min.ToString(CultureInfo.InvariantCulture), p.BannedShare.Max.ToString(CultureInfo.InvariantCulture), p.Coverage, p.Side, p.Dataset,
                        p.SourceRows.ToString(CultureInfo.InvariantCulture), string.Join(' ', p.ByMeasure.Select(m => m.MeasureId))]));
                break;
            default:
                var table = new Table().AddColumns("period", "total (USD)", "banned", "capped", "exempted", "unrestricted", "banned share", "coverage", "measures", "data");
                foreach (var p in periods)
                {
                    var share = p.BannedShare.Min == p.BannedShare.Max ? $"{p.BannedShare.Max:P1}" : $"{p.BannedShare.Min:P1}..{p.BannedShare.Max:P1}";
                    table.AddRow(p.Period.ToString(), p.TotalUsd.ToString("N0", CultureInfo.InvariantCulture), Human(p.Banned), Human(p.Capped), Human(p.Exempted), Human(p.Unrestricted),
                        share, p.Coverage, Markup.Escape(string.Join('\n', p.ByMeasure.Select(m => $"{m.MeasureId} {Human(m.Value)}"))),
                        Markup.Escape($"{p.Dataset} ({p.Side}, {p.SourceRows} rows)"));
                }
                table.Caption("ranges min..max: the data is coarser than the measure's scope; annual rows pro-rated by days in force");
                context.TableConsole().Write(table);
                context.Out.WriteLine();
                break;
        }
    }
}
