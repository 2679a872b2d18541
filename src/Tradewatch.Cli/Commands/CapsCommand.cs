using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tradewatch.Analytics.Caps;
using Tradewatch.Cli.Output;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch caps [--period P]</c>: each cap and counting window, used quantity in the cap's unit with factors and bands.</summary>
internal static class CapsCommand
{
    public static Command Create(CliContext context)
    {
        var period = CommonOptions.Period();
        var datasets = CommonOptions.Datasets();
        var rulebooks = AnalyticsRules.Option();
        var format = CommonOptions.Format();
        var command = new Command("caps", "Cap tracker: quantity supplied per cap window according to the ledger, in the cap's unit, and the share used")
        {
            period, datasets, rulebooks, format,
        };
        command.SetAction(parse =>
        {
            var p = CommonOptions.ParsePeriod("--period", parse.GetValue(period));
            using var store = context.OpenStore(parse);
            var set = AnalyticsRules.Ensure(store, parse.GetValue(rulebooks), needSet: true)!;
            Print(context, parse.GetValue(format), CapsQuery.Run(store, set, p, parse.GetValue(datasets) ?? []));
            return TradewatchCli.Success;
        });
        return command;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Print(CliContext context, OutputFormat format, IReadOnlyList<CapUse> caps)
    {
        switch (format)
        {
            case OutputFormat.Json:
                Json.Write(context.Out, w =>
                {
                    w.WriteStartObject();
                    w.WriteMethod(CapsQuery.Method);
                    w.WriteStartArray("caps");
                    foreach (var c in caps)
                    {
                        var b = c.Binding;
                        w.WriteStartObject();
                        w.WriteString("measure_id", c.MeasureId);
                        w.WritePeriod("period", Domain.Period.Covering(c.WindowStart, c.WindowEnd));
                        w.WriteStartObject("window");
                        w.WriteString("from", Day(c.WindowStart));
                        w.WriteString("to", Day(c.WindowEnd));
                        w.WriteEndObject();
                        w.WriteNumberOrNull("limit", b?.Amount);
                        w.WriteString("unit", b?.Unit ?? "");
                        w.WriteNumber("used", b?.Used.Max ?? 0);
                        w.WriteNumberOrNull("share", b?.Share);
                        w.WriteString("citation", c.Citation);
                        w.WriteString("period_kind", c.PeriodKind);
                        w.WriteStringOrNull("basis", c.Basis);
                        w.WriteStringOrNull("combine", c.Combine);
                        w.WriteString("coverage", c.Coverage);
                        if (c.StopAtShare is { } stop)
                        {
                            w.WriteNumber("stop_at_share", stop);
                        }
                        w.WriteStartArray("limits");
                        foreach (var l in c.Limits)
                        {
                            w.WriteStartObject();
                            w.WriteNumberOrNull("limit", l.Amount);
                            w.WriteString("unit", l.Unit);
                            w.WriteStringOrNull("baseline", l.Baseline);
                            w.WriteNumber("used", l.Used.Max);
                            w.WriteNumber("used_min", l.Used.Min);
                            w.WriteNumber("used_max", l.Used.Max);
                            if (l.Band is { } band)
                            {
                                w.WriteStartObject("used_band");
                                w.WriteNumber("low", band.Low);
                                w.WriteNumber("high", band.High);
                                w.WriteEndObject();
                            }
                            if (l.Share is { } s)
                            {
                                w.WriteNumber("share", s);
                                w.WriteNumber("share_low", l.ShareLow ?? s);
                                w.WriteNumber("share_high", l.ShareHigh ?? s);
                            }
                            else
                            {
                                w.WriteNull("share");
                            }
                            w.WriteString("status", l.Status);
                            w.WriteBoolean("binding", ReferenceEquals(l, b));
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                        if (c.Factor is { } f)
                        {
                            w.WriteStartObject("factor");
                            w.WriteString("product", f.Product);
                            w.WriteString("from", "t");
                            w.WriteString("to", "barrels");
                            w.WriteNumber("value", f.Default);
                            w.WriteStartObject("band");
                            w.WriteNumber("low", f.Low);
                            w.WriteNumber("high", f.High);
                            w.WriteEndObject();
                            w.WriteStartArray("sources");
                            foreach (var s in f.Sources)
                            {
                                w.WriteStringValue(s);
                            }
                            w.WriteEndArray();
                            w.WriteEndObject();
                        }
                        else
                        {
                            w.WriteNull("factor");
                        }
                        w.WriteStartObject("data");
                        w.WriteString("datasets", c.Datasets);
                        w.WriteNumber("rows", c.Rows);
                        w.WriteNumber("rows_without_weight", c.RowsWithoutWeight);
                        w.WriteEndObject();
                        w.WriteStringOrNull("note", c.Note);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                break;
            case OutputFormat.Csv:
                Csv.Write(context.Out, ["measure_id", "window_from", "window_to", "limit", "unit", "used_min", "used_max", "band_low", "band_high", "share", "factor", "factor_low", "factor_high", "rows", "rows_without_weight", "datasets"],
                    caps.SelectMany(c => c.Limits.Select(l => (IReadOnlyList<string?>)[c.MeasureId, Day(c.WindowStart), Day(c.WindowEnd), l.Amount?.ToString(CultureInfo.InvariantCulture), l.Unit,
                        l.Used.Min.ToString(CultureInfo.InvariantCulture), l.Used.Max.ToString(CultureInfo.InvariantCulture), l.Band?.Low.ToString(CultureInfo.InvariantCulture), l.Band?.High.ToString(CultureInfo.InvariantCulture),
                        l.Share?.ToString(CultureInfo.InvariantCulture), c.Factor?.Default.ToString(CultureInfo.InvariantCulture), c.Factor?.Low.ToString(CultureInfo.InvariantCulture), c.Factor?.High.ToString(CultureInfo.InvariantCulture),
                        c.Rows.ToString(CultureInfo.InvariantCulture), c.RowsWithoutWeight.ToString(CultureInfo.InvariantCulture), c.Datasets])));
                break;
            default:
                var table = new Table().AddColumns("measure", "window", "limit", "used", "share", "factor (band)", "data");
                foreach (var c in caps)
                {
                    foreach (var l in c.Limits)
                    {
                        var used = l.Used.IsExact ? l.Used.Max.ToString("N0", CultureInfo.InvariantCulture) : $"{l.Used.Min:N0}..{l.Used.Max:N0}";
                        table.AddRow(Markup.Escape(c.MeasureId), $"{Day(c.WindowStart)}..{Day(c.WindowEnd)}", Markup.Escape($"{l.Amount?.ToString("N0", CultureInfo.InvariantCulture) ?? l.Baseline} {l.Unit}"),
                            used, l.Share?.ToString("P1", CultureInfo.InvariantCulture) ?? "", c.Factor is { } f && l.Unit == "barrels" ? $"{f.Default} ({f.Low}..{f.High})" : "",
                            Markup.Escape($"{c.Datasets} ({c.Rows} rows, {c.RowsWithoutWeight} without weight)"));
                    }
                }
                context.TableConsole().Write(table);
                context.Out.WriteLine();
                break;
        }
    }
}
