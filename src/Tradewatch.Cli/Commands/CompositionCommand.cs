using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tradewatch.Analytics.Composition;
using Tradewatch.Cli.Output;
using Tradewatch.Domain;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch composition --from X --to Y [--period P] [--level section|chapter|heading] [--top N]</c>: shares by HS group and the top goods, per year.</summary>
internal static class CompositionCommand
{
    public static Command Create(CliContext context)
    {
        var from = CommonOptions.Country("--from", "Exporting country (goods move from here)");
        var to = CommonOptions.Country("--to", "Importing country (goods move to here)");
        var period = CommonOptions.Period();
        var level = new Option<CompositionLevel>("--level") { Description = "section, chapter (default) or heading", DefaultValueFactory = _ => CompositionLevel.Chapter };
        var top = new Option<int>("--top") { Description = "Keep the N largest groups (the rest as one 'other' group) and list the N largest goods; default: all groups, 10 goods" };
        var hs = CommonOptions.HsPrefix();
        var side = CommonOptions.Side();
        var datasets = CommonOptions.Datasets();
        var format = CommonOptions.Format();
        var command = new Command("composition", "Composition by HS section, chapter or heading with shares, and the top goods, per year")
        {
            from, to, period, level, top, hs, side, datasets, format,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(top);
            if (n < 0)
            {
                throw new InputException($"--top: {ErrorMessages.Expected("a positive number", n.ToString(CultureInfo.InvariantCulture))}");
            }
            var hsText = CommonOptions.ParseHsPrefix(parse.GetValue(hs));
            var request = new CompositionRequest(CommonOptions.ParseCountry("--from", parse.GetValue(from)), CommonOptions.ParseCountry("--to", parse.GetValue(to)))
            {
                Period = CommonOptions.ParsePeriod("--period", parse.GetValue(period)),
                Level = parse.GetValue(level),
                Top = n,
                TopGoods = n == 0 ? 10 : n,
                Hs = hsText,
                Side = parse.GetValue(side),
                Datasets = parse.GetValue(datasets) ?? [],
            };
            using var store = context.OpenStore(parse);
            Print(context, parse.GetValue(format), request, CompositionQuery.Run(store, request));
            return TradewatchCli.Success;
        });
        return command;
    }


    private static void Print(CliContext context, OutputFormat format, CompositionRequest request, IReadOnlyList<CompositionPeriod> periods)
    {
        switch (format)
        {
            case OutputFormat.Json:
                Json.Write(context.Out, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("from", request.From.Alpha3);
                    w.WriteString("to", request.To.Alpha3);
                    w.WriteString("level", request.Level.ToString().ToLowerInvariant());
                    w.WriteStringOrNull("hs", request.Hs);
                    w.WriteString("share_of", "the period's total over the goods the chosen datasets cover (see each period's coverage)");
                    w.WriteStartArray("periods");
                    foreach (var p in periods)
                    {
                        w.WriteStartObject();
                        w.WritePeriod("period", p.Period);
                        w.WriteNumber("total_usd", p.TotalUsd);
                        w.WriteString("side", p.Side);
                        w.WriteString("dataset", p.Dataset);
                        w.WriteNumber("source_rows", p.Rows);
                        w.WriteDatasetRows(p.Datasets);
                        w.WriteStartObject("coverage");
                        w.WriteString("goods", p.Goods);
                        w.WriteString("note", p.Goods == "all"
                            ? "shares are of all goods"
                            : string.Join("; ", p.Coverage.Where(c => c.IsPartial || c.Chapters == 0).Select(c => c.Note)));
                        w.WriteStartArray("datasets");
                        foreach (var c in p.Coverage)
                        {
                            w.WriteStartObject();
                            w.WriteString("name", c.Dataset);
                            w.WriteNumber("chapters", c.Chapters);
                            w.WriteString("chapter_list", c.ChapterList);
                            w.WriteBoolean("partial", c.IsPartial);
                            w.WriteString("note", c.Note);
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                        w.WriteEndObject();
                        w.WriteStartArray("groups");
                        foreach (var g in p.Groups)
                        {
                            w.WriteStartObject();
                            w.WriteStringOrNull("code", g.Code);
                            w.WriteStringOrNull("name", g.Name);
                            w.WriteNumber("value_usd", g.ValueUsd);
                            w.WriteNumber("share", g.Share);
                            w.WriteString("dataset", g.Datasets);
                            w.WriteNumber("source_rows", g.Rows);
                            if (g.IsOther)
                            {
                                w.WriteNumber("groups", g.Groups);
                            }
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                        w.WriteStartArray("top_goods");
                        foreach (var g in p.TopGoods)
                        {
                            w.WriteStartObject();
                            w.WriteString("hs", g.Hs);
                            w.WriteStringOrNull("description", g.Description);
                            w.WriteNumber("value_usd", g.ValueUsd);
                            w.WriteNumber("share", g.Share);
                            w.WriteString("dataset", g.Datasets);
                            w.WriteNumber("source_rows", g.Rows);
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
                Csv.Write(context.Out, ["period", "code", "name", "value_usd", "share", "total_usd", "goods", "side", "dataset", "source_rows"],
                    periods.SelectMany(p => p.Groups.Select(g => (IReadOnlyList<string?>)[p.Period.ToString(), g.Code, g.Name, Amounts.Usd(g.ValueUsd), g.Share.ToString(CultureInfo.InvariantCulture),
                        Amounts.Usd(p.TotalUsd), p.Goods, p.Side, g.Datasets, g.Rows.ToString(CultureInfo.InvariantCulture)])));
                break;
            default:
                foreach (var p in periods)
                {
                    var table = new Table().AddColumns(request.Level.ToString().ToLowerInvariant(), "name", "value (USD)", "share");
                    foreach (var g in p.Groups)
                    {
                        table.AddRow(Markup.Escape(g.Code ?? (g.IsOther ? "other" : "all goods")), Markup.Escape(g.Name ?? ""), g.ValueUsd.ToString("N0", CultureInfo.InvariantCulture),
                            g.Share.ToString("P1", CultureInfo.InvariantCulture));
                    }
                    var note = p.Goods == "all" ? "" : " - " + string.Join("; ", p.Coverage.Where(c => c.IsPartial || c.Chapters == 0).Select(c => c.Note));
                    table.Title(Markup.Escape($"{p.Period}: {p.TotalUsd.ToString("N0", CultureInfo.InvariantCulture)} USD ({p.Dataset}, {p.Side}, {p.Rows} rows)"));
                    table.Caption(Markup.Escape("shares of the period's total" + note));
                    context.TableConsole().Write(table);
                }
                context.Out.WriteLine();
                break;
        }
    }
}
