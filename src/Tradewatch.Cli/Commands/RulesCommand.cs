using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tradewatch.Cli.Output;
using Tradewatch.Data.Reference;
using Tradewatch.Domain;
using Tradewatch.Rules.Hs;
using Tradewatch.Rules.Matching;
using Tradewatch.Rules.Model;
using Tradewatch.Rules.Output;
using Tradewatch.Rules.Validation;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch rules validate|list|match</c>: the sanctions rulebooks (see docs/rulebook-format.md).</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var rules = new Command("rules", "The sanctions rulebooks: validate them, list measures in force, screen a flow");
        rules.Add(Validate(context));
        rules.Add(List(context));
        rules.Add(Match(context));
        return rules;
    }

    internal static Option<string?> RulebooksOption() => new("--rulebooks")
    {
        Description = "Rulebook file or folder. Default: $TRADEWATCH_RULEBOOKS, else the bundled rulebooks/ folder",
    };

    private static Command Validate(CliContext context)
    {
        var path = new Argument<string>("PATH") { Description = "A rulebook file or a folder of rulebooks" };
        var command = new Command("validate", "Check rulebooks against the schema and the HS nomenclature; exit 1 with located errors") { path };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(path)!;
            if (!File.Exists(target) && !Directory.Exists(target))
            {
                throw new InputException($"rules validate: no such file or folder: {target}");
            }
            var (set, _) = LoadValid(target);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"valid: {set.Rulebooks.Count} rulebook(s), {set.Measures.Count} measures, {set.Exemptions.Count} exemptions"));
            return TradewatchCli.Success;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var at = new Option<string?>("--at") { Description = "Only measures in force on this date (YYYY-MM-DD)" };
        var rulebooks = RulebooksOption();
        var format = CommonOptions.Format();
        var command = new Command("list", "List measures (in force on a date with --at)") { at, rulebooks, format };
        command.SetAction(parse =>
        {
            var date = ParseDate("--at", parse.GetValue(at));
            var (set, _) = LoadValid(ResolveRulebooks(parse.GetValue(rulebooks)));
            var measures = set.InForce(date).ToList();
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    context.Out.WriteLine(RulesJson.List(measures));
                    break;
                case OutputFormat.Csv:
                    Csv.Write(context.Out, ["id", "ref", "rulebook", "type", "direction", "citation", "effective", "ends", "fact_status"],
                        measures.Select(m => (IReadOnlyList<string?>)[m.Id, m.Ref, m.Rulebook.Id, m.Type.Name(), m.Direction.Name(), m.Citation.Text, Day(m.Effective), Day(m.Ends), m.Status.Name()]));
                    break;
                default:
                    var table = new Table().AddColumns("id", "ref", "type", "direction", "effective", "ends", "status", "citation");
                    foreach (var m in measures)
                    {
                        table.AddRow(Markup.Escape(m.Id), Markup.Escape(m.Ref ?? ""), m.Type.Name(), m.Direction.Name(), Day(m.Effective) ?? "unknown",
                            Day(m.Ends) ?? "", m.Status.Name(), Markup.Escape(m.Citation.Text));
                    }
                    context.TableConsole().Write(table);
                    context.Out.WriteLine();
                    break;
            }
            return TradewatchCli.Success;
        });
        return command;
    }

    private static Command Match(CliContext context)
    {
        var hs = new Option<string>("--hs") { Description = "HS code (2 to 10 digits), optionally HS2017:270112", Required = true };
        var from = CommonOptions.Country("--from", "Country the goods move from");
        var to = CommonOptions.Country("--to", "Country the goods move to");
        var date = new Option<string>("--date") { Description = "Shipment date YYYY-MM-DD", Required = true };
        var revision = new Option<string?>("--hs-revision") { Description = "Revision of --hs (HS1992..HS2022); default: the measures' own" };
        var origin = new Option<string?>("--origin") { Description = "Declared country of origin (enables the Rajin-transit test)" };
        var contract = new Option<string?>("--contract-date") { Description = "Contract signing date (enables wind-down tests)" };
        var confirmedOnly = new Option<bool>("--confirmed-only") { Description = "Ignore HS selectors the sources leave unconfirmed" };
        var rulebooks = RulebooksOption();
        var format = CommonOptions.Format();
        var command = new Command("match", "Measures in force on a date whose scope and direction cover a flow")
        {
            hs, from, to, date, revision, origin, contract, confirmedOnly, rulebooks, format,
        };
        command.SetAction(parse =>
        {
            var code = ParseHs(parse.GetValue(hs), parse.GetValue(revision));
            var flow = new FlowQuery(code, CommonOptions.ParseCountry("--from", parse.GetValue(from)), CommonOptions.ParseCountry("--to", parse.GetValue(to)),
                ParseDate("--date", parse.GetValue(date))!.Value)
            {
                Origin = parse.GetValue(origin) is { } o ? CommonOptions.ParseCountry("--origin", o) : null,
                ContractDate = ParseDate("--contract-date", parse.GetValue(contract)),
            };
            var (set, correspondence) = LoadValid(ResolveRulebooks(parse.GetValue(rulebooks)));
            var matches = new RuleMatcher(set, correspondence).Match(flow, new MatchOptions(parse.GetValue(confirmedOnly)));
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json:
                    context.Out.WriteLine(RulesJson.Match(matches));
                    break;
                case OutputFormat.Csv:
                    Csv.Write(context.Out, ["measure_id", "type", "status", "citation", "exemption", "coverage", "fact_status", "hs_status", "reason"],
                        matches.Select(x => (IReadOnlyList<string?>)[x.Measure.Id, x.Measure.Type.Name(), Status(x), x.Measure.Citation.Text, x.Exemption?.Id,
                            x.Coverage == MatchCoverage.Full ? "full" : "partial", x.Measure.Status.Name(), x.Selector.Status.Name(), x.Reason]));
                    break;
                default:
                    var table = new Table().AddColumns("measure", "type", "status", "coverage", "facts", "citation", "reason");
                    foreach (var x in matches)
                    {
                        table.AddRow(Markup.Escape(x.Measure.Id), x.Measure.Type.Name(), Status(x) + (x.Exemption is { } e ? $" ({Markup.Escape(e.Id)})" : ""),
                            x.Coverage == MatchCoverage.Full ? "full" : "partial", $"{x.Measure.Status.Name()}/HS {x.Selector.Status.Name()}",
                            Markup.Escape(x.Measure.Citation.Text), Markup.Escape(x.Reason));
                    }
                    context.TableConsole().Write(table);
                    context.Out.WriteLine();
                    break;
            }
            return TradewatchCli.Success;
        });
        return command;
    }

    private static string Status(MeasureMatch x) => x.Status == MatchStatus.Applies ? "applies" : "exempted";

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Loads and validates against the bundled HS reference; bad rulebooks are bad input (exit 1).</summary>
    internal static (RulebookSet Set, HsCorrespondenceTable Correspondence) LoadValid(string path)
    {
        var (set, errors) = RulebookValidator.LoadAndValidate(path, new DomainNomenclature(HsNomenclatureLoader.Default));
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
        var table = new HsCorrespondenceTable();
        foreach (var c in HsNomenclatureLoader.Correspondences)
        {
            table.Add(c.From, c.To);
        }
        return (set, table);
    }

    /// <summary>The bundled rulebooks: beside the binary when published, else the nearest rulebooks/ folder upwards.</summary>
    internal static string ResolveRulebooks(string? option)
    {
        var explicitPath = option ?? Environment.GetEnvironmentVariable("TRADEWATCH_RULEBOOKS");
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return explicitPath;
        }
        var beside = Path.Combine(AppContext.BaseDirectory, "rulebooks");
        if (Directory.Exists(beside))
        {
            return beside;
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "rulebooks");
            if (File.Exists(Path.Combine(candidate, "un-dprk.yaml")))
            {
                return candidate;
            }
        }
        throw new InputException("rules: no rulebooks found; pass --rulebooks PATH or set TRADEWATCH_RULEBOOKS");
    }

    private static DateOnly? ParseDate(string option, string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new InputException($"{option}: {ErrorMessages.Expected("a date YYYY-MM-DD", text)}");

    private static HsCode ParseHs(string? text, string? revision)
    {
        if (!HsCode.TryParse(text, out var code))
        {
            throw new InputException($"--hs: {ErrorMessages.Expected(ErrorMessages.HsCodeDigits, text)}");
        }
        if (revision is null)
        {
            return code;
        }
        return HsRevisions.TryParse(revision, out var r)
            ? code.WithRevision(r)
            : throw new InputException($"--hs-revision: {ErrorMessages.Expected("an HS revision (HS1992..HS2022)", revision)}");
    }
}
