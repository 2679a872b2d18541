using System.Text.Json;
using Tradewatch.Analytics.Tests.Support;
using Tradewatch.Cli;

namespace Tradewatch.Analytics.Tests;

/// <summary>
/// The done-when checks on the bundled real data (Comtrade DPRK extract + IMF DOTS) and rulebooks, through
/// the real CLI in process. Expected numbers are taken from the source CSV lines by hand (cited in each test).
/// </summary>
public sealed class BundledDataTests : IDisposable
{
    private readonly AnalyticsStore _t = new();

    public BundledDataTests()
    {
        _t.Store.Dispose();
        Run("import", "comtrade", Path.Combine(AnalyticsStore.RepoRoot, "data", "trade", "comtrade_hs27_hs44_dprk_all_partners_1988_2017.csv"), "--dataset", "comtrade-dprk");
        Run("import", "dots", Path.Combine(AnalyticsStore.RepoRoot, "data", "trade", "imf_dots_dprk_russia_1960_2020.csv"), "--dataset", "imf-dots");
    }

    private JsonElement Json(params string[] args)
    {
        var output = Run([.. args, "--format", "json"]);
        return JsonDocument.Parse(output).RootElement;
    }

    private string Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = TradewatchCli.Run([.. args, "--db", _t.DbPath, .. (args[0] is "import" or "mirror" ? Array.Empty<string>() : ["--rulebooks", Path.Combine(AnalyticsStore.RepoRoot, "rulebooks")])], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        return stdout.ToString();
    }

    private static JsonElement Period(JsonElement periods, string year) =>
        periods.EnumerateArray().Single(p => p.GetProperty("period").GetProperty("start").GetString() == year + "-01");

    private static JsonElement Measure(JsonElement period, string id) =>
        period.GetProperty("by_measure").EnumerateArray().Single(m => m.GetProperty("measure_id").GetString() == id);

    [Fact]
    public void Should_Show_Russias_Exports_To_The_Dprk_2015_2017_With_Ranges_Where_Chapters_Meet_Headings()
    {
        var periods = Json("exposure", "--from", "RUS", "--to", "PRK", "--period", "2015..2017", "--by", "year").GetProperty("periods");

        // Comtrade lines (Russia's exports, chapter level): 2015 ch27 65,079,126 + ch44 3,202,100; 2016 ch27 57,552,468 +
        // ch44 10,453; 2017 ch27 61,644,077 + ch44 200,901.
        var y2015 = Period(periods, "2015");
        Assert.Equal(68_281_226m, y2015.GetProperty("total_usd").GetDecimal());
        Assert.Equal(0m, y2015.GetProperty("banned_usd").GetDecimal());
        Assert.Equal("none", y2015.GetProperty("coverage").GetString());

        // 2016: the aviation-fuel ban (2270 OP31, 271012/271019) from 2 Mar: 305 of 366 days of chapter 27, partly covered.
        var y2016 = Period(periods, "2016");
        Assert.Equal(0m, y2016.GetProperty("banned_usd_min").GetDecimal());
        Assert.Equal(Math.Round(57_552_468m * 305 / 366, 2), y2016.GetProperty("banned_usd_max").GetDecimal());
        Assert.Equal(y2016.GetProperty("banned_usd_max").GetDecimal(), y2016.GetProperty("banned_usd").GetDecimal());
        Assert.Equal("partial", y2016.GetProperty("coverage").GetString());
        Assert.Equal("exporter", y2016.GetProperty("side").GetString());
        Assert.Equal("comtrade-dprk", y2016.GetProperty("dataset").GetString());

        // 2017: the ban touches all of chapter 27 all year; the refined cap (2375, from 11 Sep: 112 days) can hold at
        // most 61,644,077 x 112/365; chapter 44 to the DPRK is under no measure, so it is the unrestricted floor.
        var y2017 = Period(periods, "2017");
        Assert.Equal(61_644_077m, y2017.GetProperty("banned_usd_max").GetDecimal());
        Assert.Equal(Math.Round(61_644_077m * 112 / 365, 2), y2017.GetProperty("capped_usd_max").GetDecimal());
        Assert.Equal(200_901m, y2017.GetProperty("unrestricted_usd_min").GetDecimal());
        Assert.Equal(61_844_978m, y2017.GetProperty("unrestricted_usd_max").GetDecimal());
        Assert.Equal(Math.Round(61_644_077m * 112 / 365, 2), Measure(y2017, "UNSCR2375-refined-petroleum-cap").GetProperty("value_usd").GetDecimal());
    }

    [Fact]
    public void Should_Show_Chinas_Chapter_27_Imports_From_The_Dprk_In_2016_As_A_Partly_Covered_Range_Under_2270_Coal()
    {
        var periods = Json("exposure", "--from", "PRK", "--to", "CHN", "--period", "2016", "--dataset", "comtrade-dprk").GetProperty("periods");
        var y2016 = Period(periods, "2016");

        // China's import line for chapter 27 in 2016: 1,192,866,092 USD (H4, line "2016,...,Import,156,China,...,27").
        // 2270 OP29 was in force 2 Mar..29 Nov 2016 = 273 of 366 days; chapter 27 is wider than 2701/2601/…: a range.
        var coal = Measure(y2016, "UNSCR2270-OP29-coal-iron-ironore");
        Assert.Equal(0m, coal.GetProperty("value_usd_min").GetDecimal());
        Assert.Equal(Math.Round(1_192_866_092m * 273 / 366, 2), coal.GetProperty("value_usd_max").GetDecimal());
        Assert.Equal("partial", coal.GetProperty("coverage").GetString());
        Assert.True(coal.GetProperty("pro_rated").GetBoolean());
        Assert.Equal(1_192_866_092m + 19_199_724m, y2016.GetProperty("total_usd").GetDecimal());
        Assert.Equal("importer", y2016.GetProperty("side").GetString());
    }

    [Fact]
    public void Should_List_The_Refined_Petroleum_And_Crude_Caps_For_2018_With_Factors_And_Bands()
    {
        var caps = Json("caps", "--period", "2018").GetProperty("caps").EnumerateArray().ToList();

        var refined = caps.Single(c => c.GetProperty("measure_id").GetString() == "UNSCR2397-OP5-refined-petroleum-cap");
        Assert.Equal("2018-01-01", refined.GetProperty("window").GetProperty("from").GetString());
        Assert.Equal(500_000m, refined.GetProperty("limit").GetDecimal());
        Assert.Equal("barrels", refined.GetProperty("unit").GetString());
        Assert.Equal(8.33m, refined.GetProperty("factor").GetProperty("value").GetDecimal());
        Assert.Equal(8.0m, refined.GetProperty("factor").GetProperty("band").GetProperty("low").GetDecimal());

        var crude = caps.First(c => c.GetProperty("measure_id").GetString() == "UNSCR2397-OP4-crude-cap");
        Assert.Equal("2017-12-22", crude.GetProperty("window").GetProperty("from").GetString());
        Assert.Equal("2018-12-21", crude.GetProperty("window").GetProperty("to").GetString());
        Assert.Equal(7.32m, crude.GetProperty("factor").GetProperty("value").GetDecimal());
        Assert.Equal(7.62m, crude.GetProperty("factor").GetProperty("band").GetProperty("high").GetDecimal());
        Assert.Equal(2, crude.GetProperty("limits").GetArrayLength());
        foreach (var c in caps)
        {
            Assert.True(c.TryGetProperty("used", out _));
            Assert.True(c.TryGetProperty("share", out _));
        }
    }

    [Fact]
    public void Should_Compare_Comtrade_And_Imf_Dots_For_Russia_To_The_Dprk_2014_2017()
    {
        var doc = Json("mirror", "--from", "RUS", "--to", "PRK", "--period", "2014..2017");
        var comparisons = doc.GetProperty("source_comparisons").EnumerateArray().ToList();

        // Russia's exports, 2016: Comtrade chapters 27 + 44 = 57,552,468 + 10,453; IMF DOTS all goods 68,022,578
        // (68.022578 million in the DOTS file). Different goods: shown side by side, marked not comparable.
        var y2016 = comparisons.Single(c => c.GetProperty("period").GetProperty("start").GetString() == "2016-01" && c.GetProperty("side").GetString() == "exporter");
        Assert.Equal("comtrade-dprk", y2016.GetProperty("dataset_a").GetString());
        Assert.Equal(57_562_921m, y2016.GetProperty("value_a_usd").GetDecimal());
        Assert.Equal("imf-dots", y2016.GetProperty("dataset_b").GetString());
        Assert.Equal(68_022_578m, y2016.GetProperty("value_b_usd").GetDecimal());
        Assert.False(y2016.GetProperty("comparable").GetBoolean());
        Assert.Equal(4, comparisons.Count);
        Assert.Equal(1.06m, doc.GetProperty("cif_fob_adjustment").GetProperty("factor").GetDecimal());
        foreach (var row in doc.GetProperty("rows").EnumerateArray())
        {
            Assert.True(row.TryGetProperty("gap_ratio", out _));
            Assert.True(row.TryGetProperty("exporter_reported_usd", out _));
        }
    }

    public void Dispose() => _t.Dispose();
}
