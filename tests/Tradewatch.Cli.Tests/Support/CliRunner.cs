using System.Diagnostics;

namespace Tradewatch.Cli.Tests.Support;

/// <summary>Runs the CLI, in process (fast) or as the real executable (for kills, exit codes and stdout purity).</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result InProcess(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = TradewatchCli.Run(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The repository root, found from this source file (works whatever the build output folder).</summary>
    public static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tradewatch.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("repo root not found");
    }

    public static string SharedData(string relative) => Path.Combine(RepoRoot(), "..", "shared", "data", relative);

    /// <summary>Starts the built <c>tradewatch</c> executable (the same build the test references).</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tradewatch.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.Environment.Remove("TRADEWATCH_DB");
        return Process.Start(info)!;
    }

    public static Result Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("tradewatch did not finish in 3 minutes: " + string.Join(' ', args));
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
