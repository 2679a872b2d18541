using System.Text.Json;
using Tradewatch.Analytics.Tests.Support;
using Tradewatch.Cli;

namespace Tradewatch.Analytics.Tests;

/// <summary>
/// growth and composition through the real CLI in process: JSON shape, CSV, bad input, and checks on the bundled
/// Comtrade DPRK extract (chapters 27 and 44 only) with IMF DOTS beside it. Figures are the source CSV lines.
/// </summary>
public sealed class GrowthCompositionCliTests : IDisposable
{
    private readonly AnalyticsStore _t = new();

    public GrowthCompositionCliTests()
    {
        _t.Store.Dispose();
        Assert.Equal(0, Run("import", "comtrade", Path.Combine(AnalyticsStore.RepoRoot, "data", "trade", "comtrade_hs27_hs44_dprk_all_partners_1988_2017.csv"), "--dataset", "comtrade-dprk").Code);
        Assert.Equal(0, Run("import", "dots", Path.Combine(AnalyticsStore.RepoRoot, "data", "trade", "imf_dots_dprk_russia_1960_2020.csv"), "--dataset", "imf-dots").Code);
    }

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = TradewatchCli.Run([.. args, "--db", _t.DbPath], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private JsonElement Json(params string[] args)
    {
        var (code, output, error) = Run([.. args, "--format", "json"]);
        Assert.True(code == 0, error);
        return JsonDocument.Parse(output).RootElement;
    }

    [Fact]
    public void Composition_Should_Give_Russias_Chapter_27_Share_Of_The_Covered_Goods_In_2016_With_A_Coverage_Note()
    {
        var doc = Json("composition", "--from", "RUS", "--to", "PRK", "--period", "2016");
        var y2016 = Assert.Single(doc.GetProperty("periods").EnumerateArray());

        // Comtrade lines: 2016 Russia exports to the DPRK, chapter 27 = 57,552,468, chapter 44 = 10,453. The extract holds
        // only these two chapters, so the share is of the covered goods, and the JSON says so.
        var ch27 = y2016.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("code").GetString() == "27");
        Assert.Equal(57_552_468m, ch27.GetProperty("value_usd").GetDecimal());
        Assert.Equal(Math.Round(57_552_468m / (57_552_468m + 10_453m), 6), ch27.GetProperty("share").GetDecimal());
        Assert.Equal(57_562_921m, y2016.GetProperty("total_usd").GetDecimal());
        Assert.Equal("comtrade-dprk", y2016.GetProperty("dataset").GetString());
        Assert.Equal("exporter", y2016.GetProperty("side").GetString());
        Assert.Equal(2, y2016.GetProperty("source_rows").GetInt32());
        var coverage = y2016.GetProperty("coverage");
        Assert.Equal("partial", coverage.GetProperty("goods").GetString());
        Assert.Contains("27, 44", coverage.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Contains("of the goods the dataset covers", coverage.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(coverage.GetProperty("datasets").EnumerateArray()).GetProperty("chapters").GetInt32());
        foreach (var g in y2016.GetProperty("groups").EnumerateArray().Concat(y2016.GetProperty("top_goods").EnumerateArray()))
        {
            Assert.Equal("comtrade-dprk", g.GetProperty("dataset").GetString());
            Assert.True(g.GetProperty("source_rows").GetInt32() > 0);
        }
        Assert.Equal(JsonValueKind.Object, y2016.GetProperty("period").ValueKind);
        Assert.Equal("2016-01", y2016.GetProperty("period").GetProperty("start").GetString());
    }

    [Fact]
    public void Growth_Should_Compare_Russias_2017_Exports_With_2016_From_The_Same_Dataset()
    {
        var periods = Json("growth", "--from", "RUS", "--to", "PRK", "--period", "2016..2017").GetProperty("periods").EnumerateArray().ToList();

        // 2017: 61,644,077 + 200,901 = 61,844,978; 2016: 57,552,468 + 10,453 = 57,562,921 (Comtrade, not IMF DOTS).
        var y2017 = periods.Single(p => p.GetProperty("period").GetProperty("start").GetString() == "2017-01");
        Assert.Equal(61_844_978m, y2017.GetProperty("value_usd").GetDecimal());
        Assert.Equal(57_562_921m, y2017.GetProperty("previous_value_usd").GetDecimal());
        Assert.Equal(Math.Round((61_844_978m - 57_562_921m) / 57_562_921m, 6), y2017.GetProperty("growth").GetDecimal());
        Assert.Equal("2016-12", y2017.GetProperty("previous_period").GetProperty("end").GetString());
        Assert.True(y2017.GetProperty("comparable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, y2017.GetProperty("reason").ValueKind);
        Assert.Equal("comtrade-dprk", y2017.GetProperty("dataset").GetString());
        Assert.Equal("comtrade-dprk", y2017.GetProperty("previous_dataset").GetString());
        Assert.Equal(2, y2017.GetProperty("source_rows").GetInt32());
        Assert.Equal(2, y2017.GetProperty("previous_source_rows").GetInt32());
        Assert.True(Json("growth", "--from", "RUS", "--to", "PRK").GetProperty("method").TryGetProperty("comparison", out _));
    }

    [Fact]
    public void Growth_Should_Refuse_A_Partial_Year_That_Only_Annual_Data_Could_Answer()
    {
        var periods = Json("growth", "--from", "RUS", "--to", "PRK", "--period", "2017-01..2017-05").GetProperty("periods");

        // The bundled data is annual: no row lies wholly inside Jan-May, so there is no figure rather than a guessed one.
        Assert.Equal(0, periods.GetArrayLength());
    }

    [Fact]
    public void Csv_Should_Have_A_Header_And_One_Line_Per_Group()
    {
        var (code, output, error) = Run("composition", "--from", "RUS", "--to", "PRK", "--period", "2015..2016", "--format", "csv");

        Assert.True(code == 0, error);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal("period,code,name,value_usd,share,total_usd,goods,side,dataset,source_rows", lines[0].TrimEnd('\r'));
        Assert.Equal(5, lines.Length);
        var growth = Run("growth", "--from", "RUS", "--to", "PRK", "--period", "2015..2016", "--format", "csv");
        Assert.StartsWith("period,value_usd,previous_period,previous_value_usd,change_usd,growth", growth.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_Bad_Input_With_Exit_Code_1_And_Bad_Usage_With_2()
    {
        Assert.Equal(1, Run("composition", "--from", "RUS", "--to", "PRK", "--top", "-1").Code);
        Assert.Equal(1, Run("growth", "--from", "RUS", "--to", "PRK", "--hs", "2x").Code);
        Assert.Equal(1, Run("growth", "--from", "RUS", "--to", "PRK", "--period", "2017-13").Code);
        Assert.Equal(2, Run("composition", "--from", "RUS", "--to", "PRK", "--level", "galaxy").Code);
    }

    public void Dispose() => _t.Dispose();
}
