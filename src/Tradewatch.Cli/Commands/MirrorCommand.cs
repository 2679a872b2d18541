using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tradewatch.Analytics.Mirror;
using Tradewatch.Cli.Output;
using Tradewatch.Domain;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch mirror --from X --to Y [--period P] [--cif-fob none|FACTOR] [--dataset A --dataset B]</c>.</summary>
internal static class MirrorCommand
{
    public static Command Create(CliContext context)
    {
        var from = CommonOptions.Country("--from", "Exporting country (goods move from here)");
        var to = CommonOptions.Country("--to", "Importing country (goods move to here)");
        var period = CommonOptions.Period();
        var level = new Option<int>("--level") { Description = "HS digits of the comparison: 2 (default), 4 or 6", DefaultValueFactory = _ => 2 };
        var cif = new Option<string>("--cif-fob") { Description = "Adjust exporter FOB values to CIF: none, or a flat factor (default 1.06)", DefaultValueFactory = _ => "1.06" };
        var datasets = CommonOptions.Datasets();
        var format = CommonOptions.Format();
        var command = new Command("mirror", "Mirror gaps: exporter vs importer declarations, and source against source (e.g. Comtrade vs IMF DOTS)")
        {
            from, to, period, level, cif, datasets, format,
        };
        command.SetAction(parse =>
        {
            var cifText = parse.GetValue(cif)!.Trim();
            var factor = cifText == "none" ? 1m
                : decimal.TryParse(cifText, NumberStyles.Number, CultureInfo.InvariantCulture, out var f) && f > 0 && f < 2 ? f
                : throw new InputException($"--cif-fob: {ErrorMessages.Expected("none or a factor such as 1.06", cifText)}");
            if (parse.GetValue(level) is not (2 or 4 or 6))
            {
                throw new InputException($"--level: {ErrorMessages.Expected("2, 4 or 6", parse.GetValue(level).ToString(CultureInfo.InvariantCulture))}");
            }
            var request = new MirrorRequest(CommonOptions.ParseCountry("--from", parse.GetValue(from)), CommonOptions.ParseCountry("--to", parse.GetValue(to)))
            {
                Period = CommonOptions.ParsePeriod("--period", parse.GetValue(period)),
                Level = parse.GetValue(level),
                CifFobFactor = factor,
                Datasets = parse.GetValue(datasets) ?? [],
            };
            using var store = context.OpenStore(parse);
            Print(context, parse.GetValue(format), request, MirrorQuery.Run(store, request));
            return TradewatchCli.Success;
        });
        return command;
    }



    private static void Print(CliContext context, OutputFormat format, MirrorRequest request, MirrorResult result)
    {
        var adjustment = request.CifFobFactor == 1m ? "none" : $"flat {request.CifFobFactor.ToString(CultureInfo.InvariantCulture)} (exporter FOB x factor = CIF estimate)";
        switch (format)
        {
            case OutputFormat.Json:
                Json.Write(context.Out, w =>
                {
                    w.WriteStartObject();
                    w.WriteStartObject("cif_fob_adjustment");
                    w.WriteString("method", request.CifFobFactor == 1m ? "none" : "flat");
                    w.WriteNumber("factor", request.CifFobFactor);
                    w.WriteString("gap", "gap_usd = importer_reported_usd - exporter_reported_usd x factor; gap_ratio = gap_usd / (exporter_reported_usd x factor)");
                    w.WriteEndObject();
                    w.WriteStartArray("rows");
                    foreach (var r in result.Rows)
                    {
                        w.WriteStartObject();
                        w.WritePeriod("period", Period.Year(r.Year));
                        w.WriteStringOrNull("hs", r.Hs);
                        w.WriteNumberOrNull("exporter_reported_usd", r.ExporterUsd);
                        w.WriteNumberOrNull("importer_reported_usd", r.ImporterUsd);
                        w.WriteNumberOrNull("exporter_adjusted_usd", r.ExporterAdjustedUsd);
                        w.WriteNumberOrNull("gap_usd", r.GapUsd);
                        w.WriteNumberOrNull("gap_ratio", r.GapRatio);
                        w.WriteStringOrNull("exporter_dataset", r.ExporterDataset);
                        w.WriteStringOrNull("importer_dataset", r.ImporterDataset);
                        w.WriteNumber("exporter_rows", r.ExporterRows);
                        w.WriteNumber("importer_rows", r.ImporterRows);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteStartArray("sources");
                    foreach (var s in result.Sources)
                    {
                        w.WriteStartObject();
                        w.WritePeriod("period", Period.Year(s.Year));
                        w.WriteString("side", s.Side);
                        w.WriteString("dataset", s.Dataset);
                        w.WriteString("goods", s.Goods);
                        w.WriteNumberOrNull("total_usd", s.TotalUsd);
                        w.WriteNumberOrNull("chapters_usd", s.ChaptersUsd);
                        w.WriteBoolean("estimated", s.Estimated);
                        w.WriteNumber("rows", s.Rows);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteStartArray("source_comparisons");
                    foreach (var c in result.Comparisons)
                    {
                        w.WriteStartObject();
                        w.WritePeriod("period", Period.Year(c.Year));
                        w.WriteString("side", c.A.Side);
                        w.WriteString("dataset_a", c.A.Dataset);
                        w.WriteString("goods_a", c.A.Goods);
                        w.WriteNumber("value_a_usd", c.AUsd);
                        w.WriteString("dataset_b", c.B.Dataset);
                        w.WriteString("goods_b", c.B.Goods);
                        w.WriteNumber("value_b_usd", c.BUsd);
                        w.WriteNumber("gap_usd", c.GapUsd);
                        w.WriteNumberOrNull("ratio", c.Ratio);
                        w.WriteBoolean("comparable", c.Comparable);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                break;
            case OutputFormat.Csv:
                Csv.Write(context.Out, ["period", "hs", "exporter_reported_usd", "importer_reported_usd", "cif_fob_factor", "gap_usd", "gap_ratio", "exporter_dataset", "importer_dataset"],
                    result.Rows.Select(r => (IReadOnlyList<string?>)[r.Year.ToString(CultureInfo.InvariantCulture), r.Hs, Amounts.Usd(r.ExporterUsd), Amounts.Usd(r.ImporterUsd),
                        r.Factor.ToString(CultureInfo.InvariantCulture), Amounts.Usd(r.GapUsd), r.GapRatio?.ToString(CultureInfo.InvariantCulture), r.ExporterDataset, r.ImporterDataset]));
                break;
            default:
                var table = new Table().AddColumns("year", "hs", "exporter declared", "importer declared", "gap", "gap ratio", "data");
                foreach (var r in result.Rows)
                {
                    table.AddRow(r.Year.ToString(CultureInfo.InvariantCulture), r.Hs ?? "all", r.ExporterUsd?.ToString("N0", CultureInfo.InvariantCulture) ?? "-",
                        r.ImporterUsd?.ToString("N0", CultureInfo.InvariantCulture) ?? "-", r.GapUsd?.ToString("N0", CultureInfo.InvariantCulture) ?? "",
                        r.GapRatio?.ToString("P1", CultureInfo.InvariantCulture) ?? "", Markup.Escape($"{r.ExporterDataset} / {r.ImporterDataset}"));
                }
                table.Caption(Markup.Escape($"CIF/FOB adjustment: {adjustment}"));
                context.TableConsole().Write(table);
                var sources = new Table().AddColumns("year", "side", "source", "goods", "value (USD)", "estimated");
                foreach (var s in result.Sources)
                {
                    sources.AddRow(s.Year.ToString(CultureInfo.InvariantCulture), s.Side, Markup.Escape(s.Dataset), Markup.Escape(s.Goods),
                        (s.TotalUsd ?? s.ChaptersUsd ?? 0).ToString("N0", CultureInfo.InvariantCulture), s.Estimated ? "yes" : "");
                }
                sources.Caption("source against source: the same flow as each dataset gives it");
                context.TableConsole().Write(sources);
                context.Out.WriteLine();
                break;
        }
    }
}
