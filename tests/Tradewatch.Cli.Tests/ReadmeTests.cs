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

        Assert.Equal(["./demo.sh", "./test.sh"], commands);
        Assert.All(commands, c => Assert.True(File.Exists(Path.Combine(s_root, c[2..])), c));
    }

    [Fact]
    public void Ci_Should_Run_Exactly_The_Readme_Test_Command()
    {
        var ci = File.ReadAllLines(Path.Combine(s_root, ".ci", "run")).Where(l => !l.TrimStart().StartsWith('#') && l.Trim().Length > 0).ToArray();

        Assert.Contains("bash test.sh", ci);
        Assert.Equal("./test.sh", FirstCommands()[1]);
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
