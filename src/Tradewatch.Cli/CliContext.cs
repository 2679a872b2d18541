using System.CommandLine;
using Spectre.Console;
using Tradewatch.Data.Store;

namespace Tradewatch.Cli;

internal static class ConsoleExtensions
{
    public static IAnsiConsole Also(this IAnsiConsole console, Action<IAnsiConsole> configure)
    {
        configure(console);
        return console;
    }
}

/// <summary>What every command shares: the output streams and the global <c>--db</c> option.</summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    public Option<string?> DbOption { get; } = new("--db")
    {
        Description = "The store (DuckDB file). Default: $TRADEWATCH_DB, else ./tradewatch.duckdb",
        Recursive = true,
    };

    /// <summary>Opens the store named by <c>--db</c> (or the default), creating and seeding it on first use.</summary>
    public TradewatchStore OpenStore(ParseResult parse) => TradewatchStore.Open(parse.GetValue(DbOption) ?? TradewatchStore.DefaultPath);

    /// <summary>True when stderr is an interactive terminal (progress bars) rather than a pipe or file.</summary>
    public bool ErrorIsTerminal => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>A console for human-readable tables on stdout.</summary>
    public IAnsiConsole TableConsole() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Out),
        Ansi = ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    }).Also(c =>
    {
        if (!ReferenceEquals(Out, Console.Out) || Console.IsOutputRedirected)
        {
            c.Profile.Width = 160; // pipes and files have no width; 80 columns would wrap every dataset name
        }
    });

    /// <summary>A console on stderr for progress bars.</summary>
    public IAnsiConsole ProgressConsole() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Error) });
}
