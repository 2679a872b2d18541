using Tradewatch.Analytics.Growth;
using Tradewatch.Analytics.Tests.Support;
using Tradewatch.Domain;

namespace Tradewatch.Analytics.Tests;

public sealed class GrowthQueryTests
{
    private static readonly CountryCode s_rus = CountryCode.Parse("RUS");
    private static readonly CountryCode s_prk = CountryCode.Parse("PRK");

    /// <summary>Monthly rows: value = base + month number, for the given months of a year.</summary>
    private static void Months(AnalyticsStore t, int dataset, int year, int first, int last, decimal @base)
    {
        for (var m = first; m <= last; m++)
        {
            var p = Period.OfMonth(year, m);
            t.Flow(dataset, "RUS", "PRK", p.StartDate.ToString("yyyy-MM-dd"), p.EndDate.ToString("yyyy-MM-dd"), "27", @base + m);
        }
    }

    [Fact]
    public void Should_Compare_A_Partial_Year_With_The_Same_Months_Of_The_Year_Before_When_The_Data_Stops_In_May()
    {
        using var t = new AnalyticsStore();
        var d = t.Dataset("monthly");
        Months(t, d, 2016, 1, 12, 100m);  // 2016: 101..112, Jan-May = 101+102+103+104+105 = 515, year = 1278
        Months(t, d, 2017, 1, 5, 200m);   // 2017 Jan-May: 201..205 = 1015

        var rows = GrowthQuery.Run(t.Store, new GrowthRequest(s_rus, s_prk) { Period = Period.Years(2016, 2017) });

        var y2017 = Assert.Single(rows, r => r.Period.Start.Year == 2017);
        Assert.Equal(Period.Parse("2017-01..2017-05"), y2017.Period);
        Assert.Equal(Period.Parse("2016-01..2016-05"), y2017.PreviousPeriod);
        Assert.Equal(1015m, y2017.ValueUsd);
        Assert.Equal(515m, y2017.PreviousValueUsd);
        Assert.Equal(5, y2017.PreviousRows);
        Assert.Equal(Math.Round(500m / 515m, 6), y2017.Growth);
        // 2016 has no 2015 to compare with: shown, growth refused with a reason.
        var y2016 = Assert.Single(rows, r => r.Period.Start.Year == 2016);
        Assert.Equal(1278m, y2016.ValueUsd);
        Assert.Null(y2016.Growth);
        Assert.Contains("no rows", y2016.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Use_Only_The_Asked_Months_Of_Both_Years_When_The_Period_Is_Jan_To_May()
    {
        using var t = new AnalyticsStore();
        var d = t.Dataset("monthly");
        Months(t, d, 2016, 1, 12, 100m);
        Months(t, d, 2017, 1, 12, 200m);

        var row = Assert.Single(GrowthQuery.Run(t.Store, new GrowthRequest(s_rus, s_prk) { Period = Period.Parse("2017-01..2017-05") }));

        Assert.Equal(1015m, row.ValueUsd);
        Assert.Equal(515m, row.PreviousValueUsd);
        Assert.Equal(500m, row.ChangeUsd);
    }

    [Fact]
    public void Should_Refuse_To_Compare_A_Partial_Year_With_An_Annual_Figure()
    {
        using var t = new AnalyticsStore();
        var d = t.Dataset("mixed");
        t.Flow(d, "RUS", "PRK", "2016-01-01", "2016-12-31", "27", 1278m);
        Months(t, d, 2017, 1, 5, 200m);

        var y2017 = Assert.Single(GrowthQuery.Run(t.Store, new GrowthRequest(s_rus, s_prk)), r => r.Period.Start.Year == 2017);

        Assert.False(y2017.Comparable);
        Assert.Null(y2017.Growth);
        Assert.Null(y2017.PreviousValueUsd);
        Assert.Contains("outside 2016-01..2016-05 (rows span 2016)", y2017.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_When_The_Year_Before_Covers_Fewer_Months()
    {
        using var t = new AnalyticsStore();
        var d = t.Dataset("monthly");
        Months(t, d, 2016, 3, 12, 100m);
        Months(t, d, 2017, 1, 12, 200m);

        var y2017 = Assert.Single(GrowthQuery.Run(t.Store, new GrowthRequest(s_rus, s_prk)), r => r.Period.Start.Year == 2017);

        Assert.Null(y2017.Growth);
        Assert.Contains("cover only 2016-03..2016-12", y2017.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Compare_Each_Month_With_The_Same_Month_A_Year_Earlier_By_Month()
    {
        using var t = new AnalyticsStore();
        var d = t.Dataset("monthly");
        Months(t, d, 2016, 1, 12, 100m);
        Months(t, d, 2017, 1, 3, 200m);

        var rows = GrowthQuery.Run(t.Store, new GrowthRequest(s_rus, s_prk) { Period = Period.Parse("2017-01..2017-03"), ByMonth = true });

        Assert.Equal(3, rows.Count);
        var march = rows[2];
        Assert.Equal(Period.OfMonth(2017, 3), march.Period);
        Assert.Equal(203m, march.ValueUsd);
        Assert.Equal(103m, march.PreviousValueUsd);
        Assert.Equal(Math.Round(100m / 103m, 6), march.Growth);
    }

    [Fact]
    public void Should_Take_Each_Year_From_One_Dataset_And_Never_Sum_Two_Sources_Of_The_Same_Flow()
    {
        using var t = new AnalyticsStore();
        var goods = t.Dataset("goods");
        var totals = t.Dataset("totals");
        t.Flow(goods, "RUS", "PRK", "2016-01-01", "2016-12-31", "27", 80m);
        t.Flow(goods, "RUS", "PRK", "2016-01-01", "2016-12-31", "44", 20m);
        t.Flow(totals, "RUS", "PRK", "2016-01-01", "2016-12-31", null, 130m);
        t.Flow(goods, "RUS", "PRK", "2017-01-01", "2017-12-31", "27", 150m);

        var y2017 = Assert.Single(GrowthQuery.Run(t.Store, new GrowthRequest(s_rus, s_prk)), r => r.Period.Start.Year == 2017);

        // 2016: the dataset with more goods (80 + 20), not 80 + 20 + 130.
        Assert.Equal(100m, y2017.PreviousValueUsd);
        Assert.Equal("goods", y2017.PreviousDataset);
        Assert.Equal(0.5m, y2017.Growth);
        var onlyTotals = Assert.Single(GrowthQuery.Run(t.Store, new GrowthRequest(s_rus, s_prk) { Datasets = ["totals", "goods"], Hs = "27" }), r => r.Period.Start.Year == 2017);
        Assert.Equal(80m, onlyTotals.PreviousValueUsd);
    }
}
