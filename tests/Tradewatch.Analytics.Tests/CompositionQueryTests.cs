using Tradewatch.Analytics.Composition;
using Tradewatch.Analytics.Tests.Support;
using Tradewatch.Domain;

namespace Tradewatch.Analytics.Tests;

public sealed class CompositionQueryTests
{
    private static readonly CountryCode s_rus = CountryCode.Parse("RUS");
    private static readonly CountryCode s_prk = CountryCode.Parse("PRK");

    private static AnalyticsStore Fixture()
    {
        var t = new AnalyticsStore();
        var d = t.Dataset("six-digit");
        // 2017: coal 600, refined oil 300 (chapter 27 = 900), sawn wood 100 (chapter 44): total 1000.
        t.Flow(d, "RUS", "PRK", "2017-01-01", "2017-12-31", "270112", 600m);
        t.Flow(d, "RUS", "PRK", "2017-01-01", "2017-12-31", "271019", 300m);
        t.Flow(d, "RUS", "PRK", "2017-01-01", "2017-12-31", "440710", 100m);
        // 2016: only coal; other pairs must not leak in.
        t.Flow(d, "RUS", "PRK", "2016-01-01", "2016-12-31", "270112", 50m);
        t.Flow(d, "RUS", "CHN", "2017-01-01", "2017-12-31", "440710", 999m);
        return t;
    }

    [Fact]
    public void Should_Give_Chapter_Shares_Of_The_Years_Total()
    {
        using var t = Fixture();

        var y2017 = Assert.Single(CompositionQuery.Run(t.Store, new CompositionRequest(s_rus, s_prk) { Period = Period.Year(2017) }));

        Assert.Equal(1000m, y2017.TotalUsd);
        Assert.Equal(["27", "44"], y2017.Groups.Select(g => g.Code));
        Assert.Equal([900m, 100m], y2017.Groups.Select(g => g.ValueUsd));
        Assert.Equal([0.9m, 0.1m], y2017.Groups.Select(g => g.Share));
        Assert.Equal([2L, 1L], y2017.Groups.Select(g => g.Rows));
        Assert.StartsWith("Mineral fuels", y2017.Groups[0].Name, StringComparison.Ordinal);
        Assert.Equal("six-digit", Assert.Single(y2017.Datasets).Dataset);
        Assert.Equal(3, y2017.Rows);
    }

    [Fact]
    public void Should_Group_By_Section_And_Heading()
    {
        using var t = Fixture();

        var sections = Assert.Single(CompositionQuery.Run(t.Store, new CompositionRequest(s_rus, s_prk) { Period = Period.Year(2017), Level = CompositionLevel.Section }));
        var headings = Assert.Single(CompositionQuery.Run(t.Store, new CompositionRequest(s_rus, s_prk) { Period = Period.Year(2017), Level = CompositionLevel.Heading }));

        // Chapter 27 is in section V (mineral products), chapter 44 in section IX (wood).
        Assert.Equal(["V", "IX"], sections.Groups.Select(g => g.Code));
        Assert.Equal([0.9m, 0.1m], sections.Groups.Select(g => g.Share));
        Assert.Contains("ineral", sections.Groups[0].Name, StringComparison.Ordinal);
        Assert.Equal(["2701", "2710", "4407"], headings.Groups.Select(g => g.Code));
        Assert.Equal([0.6m, 0.3m, 0.1m], headings.Groups.Select(g => g.Share));
    }

    [Fact]
    public void Should_Keep_The_Top_Groups_And_Sum_The_Rest_As_Other_And_List_The_Top_Goods()
    {
        using var t = Fixture();

        var y2017 = Assert.Single(CompositionQuery.Run(t.Store, new CompositionRequest(s_rus, s_prk) { Period = Period.Year(2017), Level = CompositionLevel.Heading, Top = 1, TopGoods = 2 }));

        Assert.Equal(2, y2017.Groups.Count);
        Assert.Equal("2701", y2017.Groups[0].Code);
        var other = y2017.Groups[1];
        Assert.True(other.IsOther);
        Assert.Equal(400m, other.ValueUsd);
        Assert.Equal(0.4m, other.Share);
        Assert.Equal(2, other.Groups);
        Assert.Equal(["270112", "271019"], y2017.TopGoods.Select(g => g.Hs));
        Assert.Equal([0.6m, 0.3m], y2017.TopGoods.Select(g => g.Share));
    }

    [Fact]
    public void Should_Never_Sum_A_Chapter_Row_With_Its_Own_Headings()
    {
        using var t = new AnalyticsStore();
        var d = t.Dataset("both-levels");
        t.Flow(d, "RUS", "PRK", "2017-01-01", "2017-12-31", "27", 1000m);
        t.Flow(d, "RUS", "PRK", "2017-01-01", "2017-12-31", "2701", 600m);
        t.Flow(d, "RUS", "PRK", "2017-01-01", "2017-12-31", "2710", 300m);

        var chapters = Assert.Single(CompositionQuery.Run(t.Store, new CompositionRequest(s_rus, s_prk)));
        var headings = Assert.Single(CompositionQuery.Run(t.Store, new CompositionRequest(s_rus, s_prk) { Level = CompositionLevel.Heading }));

        Assert.Equal(1000m, chapters.TotalUsd);
        Assert.Equal(1m, Assert.Single(chapters.Groups).Share);
        Assert.Equal(900m, headings.TotalUsd);
        Assert.Equal([600m, 300m], headings.Groups.Select(g => g.ValueUsd));
    }

    [Fact]
    public void Should_Say_When_A_Dataset_Holds_Only_Some_Chapters()
    {
        using var t = Fixture();

        var y2017 = Assert.Single(CompositionQuery.Run(t.Store, new CompositionRequest(s_rus, s_prk) { Period = Period.Year(2017) }));

        Assert.Equal("partial", y2017.Goods);
        var coverage = Assert.Single(y2017.Coverage);
        Assert.Equal(2, coverage.Chapters);
        Assert.Equal("27,44", coverage.ChapterList);
        Assert.Contains("shares are of the goods the dataset covers", coverage.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Show_All_Goods_Totals_As_One_Uncoded_Group()
    {
        using var t = new AnalyticsStore();
        var d = t.Dataset("totals");
        t.Flow(d, "RUS", "PRK", "2017-01-01", "2017-12-31", null, 70m, revision: null);

        var y2017 = Assert.Single(CompositionQuery.Run(t.Store, new CompositionRequest(s_rus, s_prk)));

        Assert.Null(Assert.Single(y2017.Groups).Code);
        Assert.Equal("totals_only", y2017.Goods);
        Assert.Empty(y2017.TopGoods);
    }
}
