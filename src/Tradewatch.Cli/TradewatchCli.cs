using System.CommandLine;
using Tradewatch.Data.Store;
using Tradewatch.Domain;

namespace Tradewatch.Cli;

/// <summary>
/// The command-line front: parses, runs one command, and turns failures into the contract's exit codes
/// (0 success, 1 bad input, 2 usage error), with one line per problem on stderr.
/// </summary>
public static class TradewatchCli
{
    public const int Success = 0;
    public const int BadInput = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        var root = CommandTree.Build(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"tradewatch: {error.Message}");
            }
            stderr.WriteLine("Try 'tradewatch --help'.");
            return UsageError;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (InputException ex)
        {
            foreach (var error in ex.Errors)
            {
                stderr.WriteLine(error.ToString());
            }
            return BadInput;
        }
        catch (StoreBusyException ex)
        {
            stderr.WriteLine($"tradewatch: {ex.Message}");
            return BadInput;
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"tradewatch: {ex.Message}");
            return BadInput;
        }
    }
}
