using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tradewatch.Cli.Tests.Support;

namespace Tradewatch.Cli.Tests;

/// <summary>
/// All-or-nothing imports, tested the hard way: a real <c>tradewatch import</c> process is killed (SIGKILL)
/// while it is writing, and the store must then hold exactly what it held before.
/// </summary>
public sealed class KillDuringImportTests
{
    [Fact]
    public void A_Killed_Import_Should_Leave_The_Store_Exactly_As_Before()
    {
        using var dir = new TempFolder();
        var db = dir.File("ledger.duckdb");
        var dots = CliRunner.SharedData("trade/imf_dots/imf_dots_dprk_russia_1960_2020.csv");
        Assert.Equal(0, CliRunner.InProcess("--db", db, "import", "dots", dots).ExitCode);
        var before = Snapshot(db);
        var big = dir.File("big_baci.csv");
        WriteBaci(big, rows: 4_000_000);
        var sizeBefore = new FileInfo(db).Length;

        using var process = CliRunner.Start(dir.Path, "--db", db, "import", "baci", big, "--hs-revision", "HS92");
        // Kill once the import is visibly writing into the store file (or after a generous wait), never after it ended.
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60)
               && (new FileInfo(db).Length == sizeBefore || clock.Elapsed < TimeSpan.FromSeconds(1)))
        {
            Thread.Sleep(25);
        }
        Assert.False(process.HasExited, "the import finished before it could be killed; make the file bigger");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        Assert.Equal(before, Snapshot(db));
    }

    private static string Snapshot(string db)
    {
        var result = CliRunner.InProcess("--db", db, "datasets", "list", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var flows = CliRunner.InProcess("--db", db, "flows", "--from", "RUS", "--to", "PRK", "--format", "csv");
        var columns = result.Stdout.Split('\n').Select(l => string.Join(',', l.Split(',').Take(5)));
        return string.Join('\n', columns) + "\n" + flows.Stdout;
    }

    private static void WriteBaci(string path, int rows)
    {
        var random = new Random(42);
        int[] countries = [4, 8, 12, 24, 32, 36, 40, 56, 76, 124, 156, 250, 276, 356, 392, 408, 410, 643, 710, 826, 842];
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("t,i,j,k,v,q\n");
        for (var n = 0; n < rows; n++)
        {
            var value = random.Next(1, 1_000_000) / 1000.0;
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"2021,{countries[random.Next(countries.Length)]},{countries[random.Next(countries.Length)]},{random.Next(10101, 970600)},{value:F3},{value / 3:F3}\n"));
        }
    }
}
