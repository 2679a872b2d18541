using System.Text.Json;
using Tradewatch.Cli.Tests.Support;

namespace Tradewatch.Cli.Tests;

public sealed class LedgerCommandsTests
{
    private static readonly string s_comtrade = CliRunner.SharedData("trade/comtrade_pmacg/comtrade_hs27_hs44_dprk_all_partners_1988_2017.csv");
    private static readonly string s_dots = CliRunner.SharedData("trade/imf_dots/imf_dots_dprk_russia_1960_2020.csv");

    [Fact]
    public void Flows_Should_Report_Russias_Declarations_After_A_Comtrade_Import()
    {
        using var dir = new TempFolder();
        var db = dir.File("t.duckdb");

        var import = CliRunner.InProcess("--db", db, "import", "comtrade", s_comtrade);
        var flows = CliRunner.InProcess("--db", db, "flows", "--from", "RUS", "--to", "PRK", "--period", "2016", "--by", "hs2", "--format", "json");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("imported 1,934 rows", import.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, flows.ExitCode);
        using var json = JsonDocument.Parse(flows.Stdout);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("hs").GetString()!, r => r.GetProperty("value_usd").GetDecimal());
        Assert.Equal(57_552_468m, rows["27"]);
        Assert.Equal(10_453m, rows["44"]);
        Assert.Equal(57_562_921m, json.RootElement.GetProperty("total_value_usd").GetDecimal());
        var first = json.RootElement.GetProperty("rows")[0];
        Assert.Equal("2016-01", first.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal("2016-12", first.GetProperty("period").GetProperty("end").GetString());
        foreach (var field in new[] { "net_weight_kg", "quantity", "quantity_unit", "side", "dataset" })
        {
            Assert.True(first.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public void Flows_Should_Accept_Names_And_M49_Numbers_For_Countries()
    {
        using var dir = new TempFolder();
        var db = dir.File("t.duckdb");
        CliRunner.InProcess("--db", db, "import", "dots", s_dots);

        var byName = CliRunner.InProcess("--db", db, "flows", "--from", "Russian Federation", "--to", "408", "--period", "2018", "--format", "json");

        Assert.Equal(0, byName.ExitCode);
        using var json = JsonDocument.Parse(byName.Stdout);
        Assert.Equal(32_162_673m, json.RootElement.GetProperty("total_value_usd").GetDecimal());
    }

    [Fact]
    public void Datasets_List_Should_Give_Name_Format_Rows_Time_And_Hash()
    {
        using var dir = new TempFolder();
        var db = dir.File("t.duckdb");
        CliRunner.InProcess("--db", db, "import", "comtrade", s_comtrade, "--dataset", "comtrade-dprk");

        var list = CliRunner.InProcess("--db", db, "datasets", "list", "--format", "json");
        var again = CliRunner.InProcess("--db", db, "import", "comtrade", s_comtrade);

        using var json = JsonDocument.Parse(list.Stdout);
        var d = Assert.Single(json.RootElement.GetProperty("datasets").EnumerateArray());
        Assert.Equal("comtrade-dprk", d.GetProperty("name").GetString());
        Assert.Equal("comtrade", d.GetProperty("format").GetString());
        Assert.Equal(1934, d.GetProperty("rows").GetInt64() + d.GetProperty("aggregate_rows").GetInt64());
        Assert.Equal(64, d.GetProperty("sha256").GetString()!.Length);
        Assert.True(DateTime.TryParse(d.GetProperty("imported_at").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already imported as dataset 'comtrade-dprk'", again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Datasets_Drop_Should_Remove_The_Dataset()
    {
        using var dir = new TempFolder();
        var db = dir.File("t.duckdb");
        CliRunner.InProcess("--db", db, "import", "dots", s_dots, "--dataset", "dots");

        var drop = CliRunner.InProcess("--db", db, "datasets", "drop", "dots");
        var dropAgain = CliRunner.InProcess("--db", db, "datasets", "drop", "dots");

        Assert.Equal(0, drop.ExitCode);
        Assert.Equal(1, dropAgain.ExitCode);
        Assert.Equal("no dataset named 'dots' (see 'tradewatch datasets list')", dropAgain.Stderr.Trim());
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("flows", "--to", "PRK")]
    [InlineData("flows", "--from", "RUS", "--to", "PRK", "--no-such-option")]
    [InlineData("import", "baci")]
    public void Usage_Errors_Should_Exit_2(params string[] args)
    {
        var result = CliRunner.InProcess(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.NotEqual("", result.Stderr);
    }

    [Theory]
    [InlineData("growth", "2")]
    [InlineData("growth", "2701a")]
    [InlineData("composition", "2")]
    [InlineData("composition", "1234567")]
    public void Analytics_Should_Refuse_An_Hs_Prefix_Outside_2_To_6_Digits(string command, string value)
    {
        using var dir = new TempFolder();

        var result = CliRunner.InProcess(["--db", dir.File("t.duckdb"), command, "--from", "RUS", "--to", "PRK", "--hs", value]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"--hs: expected an HS prefix of 2 to 6 digits, found '{value}'", result.Stderr.Trim());
    }

    [Theory]
    [InlineData("--period", "2017-13", "--period: expected a period (2017, 2017-03, 2017Q1, 2017-01..2017-05, 2015..2019), found '2017-13'")]
    [InlineData("--from", "Narnia", "--from: expected a known country (ISO alpha-3, alpha-2, M49 number or name), found 'Narnia'")]
    [InlineData("--from", "World", "--from: 'World' is an aggregate (World), not a country")]
    [InlineData("--hs", "27a", "--hs: expected an HS code prefix of 1 to 6 digits, found '27a'")]
    public void Bad_Values_Should_Exit_1_With_One_Line_Naming_The_Option(string option, string value, string message)
    {
        using var dir = new TempFolder();
        var args = new List<string> { "--db", dir.File("t.duckdb"), "flows", "--from", "RUS", "--to", "PRK" };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var result = CliRunner.InProcess([.. args]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(message, result.Stderr.Trim());
    }

    [Fact]
    public void Import_Errors_Should_Be_Located_Lines_On_Stderr_And_Exit_1()
    {
        using var dir = new TempFolder();
        var bad = dir.File("bad.csv");
        File.WriteAllText(bad, "t,i,j,k,v,q\n2021,710,24,382390,1.0,NA\n2021,710,24,99,1.0,NA\n2021,710,998,382390,1.0,NA\n");

        var result = CliRunner.InProcess("--db", dir.File("t.duckdb"), "import", "baci", bad);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [$"{bad}:3:13: expected a 6-digit HS code, found '99'", $"{bad}:4:10: expected a BACI/M49 country number, found '998'"],
            result.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Json_Output_Should_Be_The_Only_Thing_On_Stdout_Of_The_Real_Executable()
    {
        using var dir = new TempFolder();
        var import = CliRunner.Run(dir.Path, "import", "dots", s_dots);
        var flows = CliRunner.Run(dir.Path, "flows", "--from", "RUS", "--to", "PRK", "--period", "2016", "--format", "json");

        Assert.Equal(0, import.ExitCode);
        Assert.Equal("", import.Stdout);
        Assert.True(File.Exists(dir.File("tradewatch.duckdb")), "the default store is ./tradewatch.duckdb");
        Assert.Equal(0, flows.ExitCode);
        using var json = JsonDocument.Parse(flows.Stdout);
        Assert.Equal(68_022_578m, json.RootElement.GetProperty("total_value_usd").GetDecimal());
    }
}
