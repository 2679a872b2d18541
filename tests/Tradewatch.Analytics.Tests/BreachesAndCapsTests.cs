using Tradewatch.Analytics.Breaches;
using Tradewatch.Analytics.Caps;
using Tradewatch.Analytics.Tests.Support;
using Tradewatch.Domain;

namespace Tradewatch.Analytics.Tests;

/// <summary>Breach indicators and the cap tracker on hand-written rows.</summary>
public sealed class BreachesAndCapsTests
{
    private static readonly CountryCode s_prk = CountryCode.Parse("PRK");
    private static readonly CountryCode s_chn = CountryCode.Parse("CHN");

    [Fact]
    public void Should_Report_A_Breach_Only_After_The_Wind_Down_Pro_Rated_To_The_Banned_Days()
    {
        using var t = new AnalyticsStore();
        t.Rules(("un.yaml", TestRulebooks.Un));
        var d = t.Dataset("fx");
        t.Flow(d, "PRK", "CHN", "2017-08-01", "2017-08-31", "030211", 310m, side: "importer");
        t.Flow(d, "PRK", "CHN", "2017-09-01", "2017-09-30", "030211", 300m, side: "importer");

        var rows = BreachesQuery.Run(t.Store, new BreachesRequest(s_prk, s_chn) { Period = Period.Year(2017) });

        // August lies wholly inside the wind-down (to 4 Sep): no indicator. September: 5..30 = 26 of 30 days -> 260.
        var b = Assert.Single(rows);
        Assert.Equal("2017-09", b.Period.ToString());
        Assert.Equal(ValueRange.Exact(260m), b.Value);
        Assert.Equal("T-FISH-BAN", b.MeasureId);
        Assert.Equal("Test Resolution 2 OP2", b.Citation);
        Assert.Equal("fx", b.Dataset);
        Assert.Equal(2, b.SourceLine);
    }

    [Fact]
    public void Should_Name_The_Exemptions_Data_Cannot_See_Beside_Each_Breach()
    {
        using var t = new AnalyticsStore();
        t.Rules(("un.yaml", TestRulebooks.Un));
        var d = t.Dataset("fx");
        t.Flow(d, "PRK", "CHN", "2017-01-01", "2017-12-31", "270111", 1m, side: "importer");

        var b = Assert.Single(BreachesQuery.Run(t.Store, new BreachesRequest(s_prk, s_chn) { Period = Period.Year(2017) }));

        Assert.Equal(["T-X1", "T-X2"], b.Exemptions.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Contains(b.Exemptions, e => e.Id == "T-X2" && e.Detectable == "no");
    }

    [Fact]
    public void Should_Not_Name_An_Exemption_Whose_Goods_Are_Not_The_Rows()
    {
        using var t = new AnalyticsStore();
        // The transit exemption (coal only) is attached to the fish ban here; a fish row must not name it.
        t.Rules(("un.yaml", TestRulebooks.Un.Replace("applies_to: [T-COAL-BAN]\n    hs: [\"2701\"]", "applies_to: [T-FISH-BAN]\n    hs: [\"2701\"]", StringComparison.Ordinal)));
        var d = t.Dataset("fx");
        t.Flow(d, "PRK", "CHN", "2018-01-01", "2018-12-31", "030211", 1m, side: "importer");

        var b = Assert.Single(BreachesQuery.Run(t.Store, new BreachesRequest(s_prk, s_chn) { Period = Period.Year(2018) }));

        Assert.DoesNotContain(b.Exemptions, e => e.Id == "T-X1");
    }

    [Fact]
    public void Should_Let_The_Lower_Limit_Bind_For_A_Cap_In_Usd_And_Tonnes()
    {
        using var t = new AnalyticsStore();
        var set = t.Rules(("un.yaml", TestRulebooks.Un));
        var d = t.Dataset("fx");
        // Two importers, all states combined: 500 + 300 USD, 8 t + 4 t.
        t.Flow(d, "PRK", "CHN", "2017-01-01", "2017-12-31", "2704", 500m, kg: 8_000, side: "importer");
        t.Flow(d, "PRK", "JPN", "2017-01-01", "2017-12-31", "2704", 300m, kg: 4_000, side: "importer");

        var cap = Assert.Single(CapsQuery.Run(t.Store, set, Period.Year(2017), []), c => c.MeasureId == "T-COKE-CAP");

        // USD: 800 / 1000 = 0.8; tonnes: 12 / 10 = 1.2 -> the tonnage limit binds.
        Assert.Equal(0.8m, cap.Limits.Single(l => l.Unit == "USD").Share);
        Assert.Equal(1.2m, cap.Limits.Single(l => l.Unit == "t").Share);
        Assert.Equal("t", cap.Binding!.Unit);
        Assert.Equal(2, cap.Rows);
        Assert.Equal(new DateOnly(2017, 1, 1), cap.WindowStart);
    }

    [Fact]
    public void Should_Convert_Tonnes_To_Barrels_With_The_Factor_And_Its_Band()
    {
        using var t = new AnalyticsStore();
        var set = t.Rules(("un.yaml", TestRulebooks.Un));
        var d = t.Dataset("fx");
        t.Flow(d, "CHN", "PRK", "2018-01-01", "2018-12-31", "271019", 9m, kg: 1_000_000);

        var cap = Assert.Single(CapsQuery.Run(t.Store, set, Period.Year(2018), []), c => c.MeasureId == "T-OIL-CAP");

        // 1,000 t x 8.33 = 8,330 bbl (band 8.0..8.33 -> 8,000..8,330); 8,330 / 500,000 = 0.01666.
        var l = Assert.Single(cap.Limits);
        Assert.Equal(ValueRange.Exact(8_330m), l.Used);
        Assert.Equal((8_000m, 8_330m), l.Band);
        Assert.Equal(0.01666m, l.Share);
        Assert.Equal(8.33m, cap.Factor!.Default);
        Assert.Equal(8.0m, cap.Factor.Low);
    }
}
