using Tradewatch.Analytics.Mirror;
using Tradewatch.Analytics.Tests.Support;
using Tradewatch.Domain;

namespace Tradewatch.Analytics.Tests;

public sealed class MirrorQueryTests
{
    [Fact]
    public void Should_Compare_Exporter_And_Importer_Declarations_With_The_Cif_Fob_Factor_Shown()
    {
        using var t = new AnalyticsStore();
        var d = t.Dataset("fx");
        t.Flow(d, "RUS", "CHN", "2017-01-01", "2017-12-31", "27", 100m, side: "exporter");
        t.Flow(d, "RUS", "CHN", "2017-01-01", "2017-12-31", "27", 120m, side: "importer");

        var r = MirrorQuery.Run(t.Store, new MirrorRequest(CountryCode.Parse("RUS"), CountryCode.Parse("CHN")) { Period = Period.Year(2017) });

        // 100 FOB x 1.06 = 106 CIF; importer 120 -> gap 14, ratio 14/106 = 0.132075.
        var row = Assert.Single(r.Rows);
        Assert.Equal(106m, row.ExporterAdjustedUsd);
        Assert.Equal(14m, row.GapUsd);
        Assert.Equal(0.132075m, row.GapRatio);
        var none = Assert.Single(MirrorQuery.Run(t.Store, new MirrorRequest(CountryCode.Parse("RUS"), CountryCode.Parse("CHN")) { Period = Period.Year(2017), CifFobFactor = 1m }).Rows);
        Assert.Equal(20m, none.GapUsd);
    }

    [Fact]
    public void Should_Compare_Two_Datasets_For_The_Same_Flow_And_Say_When_Their_Goods_Differ()
    {
        using var t = new AnalyticsStore();
        var a = t.Dataset("a");
        var b = t.Dataset("b");
        t.Flow(a, "RUS", "PRK", "2016-01-01", "2016-12-31", null, 80m);
        t.Flow(b, "RUS", "PRK", "2016-01-01", "2016-12-31", null, 100m);
        t.Flow(b, "RUS", "PRK", "2017-01-01", "2017-12-31", "27", 50m);
        t.Flow(a, "RUS", "PRK", "2017-01-01", "2017-12-31", null, 90m);

        var r = MirrorQuery.Run(t.Store, new MirrorRequest(CountryCode.Parse("RUS"), CountryCode.Parse("PRK")) { Datasets = ["a", "b"] });

        var y2016 = Assert.Single(r.Comparisons, c => c.Year == 2016);
        Assert.True(y2016.Comparable);
        Assert.Equal(20m, y2016.GapUsd);
        Assert.Equal(1.25m, y2016.Ratio);
        Assert.False(Assert.Single(r.Comparisons, c => c.Year == 2017).Comparable);
    }
}
