using Tradewatch.Analytics.Exposure;
using Tradewatch.Analytics.Tests.Support;
using Tradewatch.Domain;

namespace Tradewatch.Analytics.Tests;

/// <summary>Exposure on hand-written rows: every expected figure is worked out in the comments.</summary>
public sealed class ExposureQueryTests
{
    private static readonly CountryCode s_prk = CountryCode.Parse("PRK");
    private static readonly CountryCode s_chn = CountryCode.Parse("CHN");
    private static readonly CountryCode s_jpn = CountryCode.Parse("JPN");
    private static readonly CountryCode s_rus = CountryCode.Parse("RUS");

    private static AnalyticsStore Seeded()
    {
        var t = new AnalyticsStore();
        t.Rules(("un.yaml", TestRulebooks.Un), ("ru.yaml", TestRulebooks.Ru));
        return t;
    }

    private static ExposurePeriod Single(AnalyticsStore t, CountryCode from, CountryCode to, int year) =>
        Assert.Single(ExposureQuery.Run(t.Store, new ExposureRequest(from, to) { Period = Period.Year(year) }));

    [Fact]
    public void Should_ProRate_By_Days_In_Force_When_A_Ban_Starts_Mid_Year()
    {
        using var t = Seeded();
        var d = t.Dataset("fx");
        t.Flow(d, "PRK", "CHN", "2016-01-01", "2016-12-31", "2701", 366_000m);

        var p = Single(t, s_prk, s_chn, 2016);

        // 2 Mar..31 Dec 2016 = 305 of 366 days: 366,000 x 305/366 = 305,000 banned, the rest unrestricted.
        Assert.Equal(366_000m, p.TotalUsd);
        Assert.Equal(ValueRange.Exact(305_000m), p.Banned);
        Assert.Equal(ValueRange.Exact(61_000m), p.Unrestricted);
        var m = Assert.Single(p.ByMeasure);
        Assert.Equal("T-COAL-BAN", m.MeasureId);
        Assert.True(m.ProRated);
        Assert.Equal("full", p.Coverage);
    }

    [Fact]
    public void Should_Give_A_Range_When_The_Row_Is_Coded_Coarser_Than_The_Scope()
    {
        using var t = Seeded();
        var d = t.Dataset("fx");
        t.Flow(d, "PRK", "JPN", "2016-01-01", "2016-12-31", "27", 366_000m);

        var p = Single(t, s_prk, s_jpn, 2016);

        // Chapter 27 against heading 2701: none (min) to all (max) of the 305 banned days' value.
        Assert.Equal(new ValueRange(0m, 305_000m), p.Banned);
        Assert.Equal(new ValueRange(61_000m, 366_000m), p.Unrestricted);
        Assert.Equal("partial", p.Coverage);
        Assert.Equal((0m, 0.833333m), p.BannedShare);
        Assert.Equal("partial", Assert.Single(p.ByMeasure).Coverage);
    }

    [Fact]
    public void Should_Count_A_Wind_Down_Window_As_Exempted_And_The_Ban_Only_After_It()
    {
        using var t = Seeded();
        var d = t.Dataset("fx");
        t.Flow(d, "PRK", "CHN", "2017-01-01", "2017-12-31", "030211", 365_000m);

        var p = Single(t, s_prk, s_chn, 2017);

        // Ban from 5 Aug 2017, wind-down to 4 Sep: 31 days exempted, 5 Sep..31 Dec = 118 days banned, 216 days before.
        Assert.Equal(ValueRange.Exact(31_000m), p.Exempted);
        Assert.Equal(ValueRange.Exact(118_000m), p.Banned);
        Assert.Equal(ValueRange.Exact(216_000m), p.Unrestricted);
        var m = Assert.Single(p.ByMeasure);
        Assert.Equal(ValueRange.Exact(149_000m), m.Value);
        Assert.Equal(31_000m, m.WindDownMaxUsd);
    }

    [Fact]
    public void Should_Not_Apply_A_Measure_Against_Its_Direction()
    {
        using var t = Seeded();
        var d = t.Dataset("fx");
        t.Flow(d, "CHN", "PRK", "2017-01-01", "2017-12-31", "2701", 100m);

        var p = Single(t, s_chn, s_prk, 2017);

        // The coal ban is from the target; coal going to the DPRK is not under it.
        Assert.Empty(p.ByMeasure);
        Assert.Equal(ValueRange.Exact(100m), p.Unrestricted);
        Assert.Equal("none", p.Coverage);
    }

    [Fact]
    public void Should_Apply_A_National_Measure_Only_When_Its_State_Is_The_Counterpart()
    {
        using var t = Seeded();
        var d = t.Dataset("fx");
        t.Flow(d, "RUS", "PRK", "2017-01-01", "2017-12-31", "870323", 1_000m);
        t.Flow(d, "CHN", "PRK", "2017-01-01", "2017-12-31", "870323", 1_000m);

        Assert.Equal(ValueRange.Exact(1_000m), Single(t, s_rus, s_prk, 2017).Banned);
        Assert.Equal(ValueRange.Exact(0m), Single(t, s_chn, s_prk, 2017).Banned);
    }

    [Fact]
    public void Should_List_List_Based_Measures_For_Item_Review_Not_As_Exposure()
    {
        using var t = Seeded();
        var d = t.Dataset("fx");
        t.Flow(d, "CHN", "PRK", "2017-01-01", "2017-12-31", "930120", 50m);

        var p = Single(t, s_chn, s_prk, 2017);

        Assert.Equal(ValueRange.Exact(0m), p.Banned);
        Assert.Empty(p.ByMeasure);
        var review = Assert.Single(p.NeedsItemReview);
        Assert.Equal("T-ARMS-LIST", review.MeasureId);
        Assert.Equal(50m, review.Value.Max);
    }

    [Fact]
    public void Should_Let_A_Ban_Win_Over_A_Cap_On_The_Same_Days_So_Nothing_Is_Counted_Twice()
    {
        using var t = Seeded();
        var d = t.Dataset("fx");
        // Chapter 27 in 2017 touches the coal ban (2701) and the coke cap (2704): both partial.
        t.Flow(d, "PRK", "JPN", "2017-01-01", "2017-12-31", "27", 365m);

        var p = Single(t, s_prk, s_jpn, 2017);

        Assert.Equal(new ValueRange(0m, 365m), p.Banned);
        // The cap can hold it all only if the ban holds none (no ban fully covers it).
        Assert.Equal(new ValueRange(0m, 365m), p.Capped);
        Assert.Equal(new ValueRange(0m, 365m), p.Unrestricted);
        Assert.Equal(2, p.ByMeasure.Count);
    }

    [Fact]
    public void Should_Split_By_Month_When_Asked()
    {
        using var t = Seeded();
        var d = t.Dataset("fx");
        t.Flow(d, "PRK", "CHN", "2016-02-01", "2016-02-29", "2701", 100m);
        t.Flow(d, "PRK", "CHN", "2016-03-01", "2016-03-31", "2701", 310m);

        var periods = ExposureQuery.Run(t.Store, new ExposureRequest(s_prk, s_chn) { Period = Period.Year(2016), ByMonth = true });

        // February: before the ban. March: 2..31 = 30 of 31 days banned -> 300.
        Assert.Equal(2, periods.Count);
        Assert.Equal(ValueRange.Exact(0m), periods[0].Banned);
        Assert.Equal(ValueRange.Exact(300m), periods[1].Banned);
        Assert.Equal(ValueRange.Exact(10m), periods[1].Unrestricted);
    }

    [Fact]
    public void Should_Rebuild_The_Rule_Tables_Only_When_The_Rulebooks_Change()
    {
        using var t = new AnalyticsStore();
        t.Rules(("un.yaml", TestRulebooks.Un));
        var first = Rulebooks.RuleTables.LoadedHash(t.Store);
        t.Rules(("un.yaml", TestRulebooks.Un));
        Assert.Equal(first, Rulebooks.RuleTables.LoadedHash(t.Store));
        t.Rules(("ru.yaml", TestRulebooks.Ru));
        Assert.NotEqual(first, Rulebooks.RuleTables.LoadedHash(t.Store));
    }
}
