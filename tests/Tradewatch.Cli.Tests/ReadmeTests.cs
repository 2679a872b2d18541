using Tradewatch.Cli.Tests.Support;

namespace Tradewatch.Cli.Tests;

/// <summary>The README's promises that outside checks rely on (in the spirit of Sep's ReadMeTest).</summary>
public sealed class ReadmeTests
{
    private static readonly string s_root = CliRunner.RepoRoot();

    private static string[] FirstCommands() =>
        File.ReadAllLines(Path.Combine(s_root, "README.md"))
            .SkipWhile(l => !l.StartsWith("```bash", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.StartsWith("```", StringComparison.Ordinal))
            .Select(l => l.Split('#')[0].Trim())
            .Where(l => l.Length > 0)
            .ToArray();

    [Fact]
    public void Readme_Should_Open_With_The_Main_Job_And_The_Test_Command()
    {
        var commands = FirstCommands();

        Assert.Equal(2, commands.Length);
        Assert.StartsWith("dotnet run --project src/Tradewatch.Cli -c Release -- report --from RUS --to PRK", commands[0], StringComparison.Ordinal);
        Assert.Equal("./test.sh", commands[1]);
        Assert.True(File.Exists(Path.Combine(s_root, "test.sh")));
    }

    [Fact]
    public void Ci_Should_Run_Exactly_The_Readme_Test_Command()
    {
        var ci = File.ReadAllLines(Path.Combine(s_root, ".ci", "run")).Where(l => !l.TrimStart().StartsWith('#') && l.Trim().Length > 0).ToArray();

        Assert.Contains("bash test.sh", ci);
        Assert.Equal("./test.sh", FirstCommands()[1]);
    }

    [Fact]
    public void The_Readme_Report_Command_Should_Write_A_Report_From_The_Bundled_Data()
    {
        var args = FirstCommands()[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w != "--").Skip(1).ToList();
        var dir = Path.Combine(Path.GetTempPath(), "tw-readme-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var result = CliRunner.Run(dir, [.. args]);

            Assert.True(result.ExitCode == 0, result.Stderr);
            var html = File.ReadAllText(Path.Combine(dir, "report.html"));
            Assert.Contains("id=\"chart-status\"", html, StringComparison.Ordinal);
            // Russia's declared 2016 HS 27 exports to the DPRK, from the bundled Comtrade extract, as a bar of the chapter chart.
            Assert.Contains("data-category=\"2016\" data-series=\"HS 27\" data-value=\"57552468\"", html, StringComparison.Ordinal);
            Assert.Contains("imf-dots", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Every_Command_The_Demo_Runs_Should_Exist_In_The_Cli()
    {
        var demo = File.ReadAllLines(Path.Combine(s_root, "demo.sh")).Where(l => l.StartsWith("tw ", StringComparison.Ordinal));

        foreach (var line in demo)
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).TakeWhile(w => !w.StartsWith('-')).Take(2).ToArray();
            var help = CliRunner.InProcess([.. words.Take(words[0] is "import" or "rules" or "datasets" or "claims" ? 2 : 1), "--help"]);
            Assert.True(help.ExitCode == 0, line + Environment.NewLine + help.Stderr);
        }
    }
}
