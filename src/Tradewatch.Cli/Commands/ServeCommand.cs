using System.CommandLine;
using Tradewatch.Data.Bundled;
using Tradewatch.Data.Store;
using Tradewatch.Web;

namespace Tradewatch.Cli.Commands;

/// <summary><c>tradewatch serve [--urls http://127.0.0.1:5080] [--api-key KEY]</c>: the dashboard and JSON API.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (loopback by default)", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var apiKey = new Option<string?>("--api-key") { Description = "Enables the write endpoints (article upload) for requests carrying this key. Default: $TRADEWATCH_API_KEY; none = writes off" };
        var rulebooks = RulesCommand.RulebooksOption();
        var command = new Command("serve", "Run the web dashboard and the JSON API (/api/…, OpenAPI at /openapi/v1.json, /health)") { urls, apiKey, rulebooks };
        command.SetAction(async (parse, cancel) =>
        {
            var storePath = Path.GetFullPath(parse.GetValue(context.DbOption) ?? TradewatchStore.DefaultPath);
            var dataFolder = BundledData.FindDataFolder();
            if (dataFolder is not null)
            {
                using var store = TradewatchStore.Open(storePath);
                BundledData.EnsureImported(store, dataFolder, file => context.Error.WriteLine($"loading bundled dataset {file}"));
            }
            var options = new WebOptions
            {
                StorePath = storePath,
                RulebooksPath = RulesCommand.ResolveRulebooks(parse.GetValue(rulebooks)),
                ArticlesFolder = dataFolder is null ? null : Path.Combine(dataFolder, "articles"),
                Urls = parse.GetValue(urls)!,
                ApiKey = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("TRADEWATCH_API_KEY"),
            };
            await TradewatchWeb.ServeAsync(options, () => context.Error.WriteLine($"tradewatch serve: listening on {options.Urls} (store {storePath}); Ctrl+C to stop"), cancel).ConfigureAwait(false);
            return TradewatchCli.Success;
        });
        return command;
    }
}
