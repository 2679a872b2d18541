using System.CommandLine;
using Tradewatch.Cli.Commands;

namespace Tradewatch.Cli;

/// <summary>The list of top-level commands. Each command lives in its own file under Commands/.</summary>
internal static class CommandTree
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Tradewatch: trade statistics, sanctions rulebooks and press claims, with provenance.");
        root.Add(context.DbOption);
        root.Add(ImportCommand.Create(context));
        root.Add(DatasetsCommand.Create(context));
        root.Add(FlowsCommand.Create(context));
        root.Add(RulesCommand.Create(context));
        root.Add(ClaimsCommand.Create(context));
        root.Add(ReportCommand.Create(context));
        root.Add(ServeCommand.Create(context));
        root.Add(ExposureCommand.Create(context));
        root.Add(BreachesCommand.Create(context));
        root.Add(MirrorCommand.Create(context));
        root.Add(CapsCommand.Create(context));
        root.Add(GrowthCommand.Create(context));
        root.Add(CompositionCommand.Create(context));
        return root;
    }
}
