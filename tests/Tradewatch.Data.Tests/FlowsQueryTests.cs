using Tradewatch.Data.Queries;
using Tradewatch.Data.Tests.Support;
using Tradewatch.Domain;

namespace Tradewatch.Data.Tests;

public sealed class FlowsQueryTests
{
    private static readonly CountryCode s_rus = CountryCode.Parse("RUS");
    private static readonly CountryCode s_prk = CountryCode.Parse("PRK");

    [Fact]
    public void Should_Report_Russias_Hs27_And_Hs44_Declarations_For_2016()
    {
        using var t = new TempStore();
        t.Import("comtrade", "comtrade_dprk_hs27_hs44.csv");

        var result = FlowsQuery.Run(t.Store, new FlowsRequest(s_rus, s_prk) { Period = Period.Year(2016), By = FlowsBreakdown.Hs2 });

        Assert.Equal(57_552_468m, result.Rows.Single(r => r.Hs == "27").ValueUsd);
        Assert.Equal(10_453m, result.Rows.Single(r => r.Hs == "44").ValueUsd);
        Assert.All(result.Rows, r => Assert.Equal("exporter", r.Side));
        Assert.Equal(57_552_468m + 10_453m, result.TotalValueUsd);
    }

    [Fact]
    public void Should_Never_Sum_The_Same_Flow_From_Two_Datasets()
    {
        using var t = new TempStore();
        t.Import("comtrade", "comtrade_dprk_hs27_hs44.csv");
        t.Import("dots", "imf_dots_rus_prk_2010_2020.csv");
        t.Import("comtrade", "comtradeplus_sample.json");

        var all = FlowsQuery.Run(t.Store, new FlowsRequest(s_rus, s_prk) { Period = Period.Year(2016) });
        var dots = FlowsQuery.Run(t.Store, new FlowsRequest(s_rus, s_prk) { Period = Period.Year(2016), Datasets = ["imf_dots_rus_prk_2010_2020"] });

        // Default policy: the dataset with the most goods (the Comtrade extract: HS 27 + HS 44), nothing added.
        Assert.Equal(57_562_921m, all.TotalValueUsd);
        Assert.Equal("comtrade_dprk_hs27_hs44", Assert.Single(all.Rows).Dataset);
        Assert.Equal(68_022_578m, dots.TotalValueUsd);
    }

    [Fact]
    public void Should_Fall_Back_To_The_Importers_Declarations_When_The_Exporter_Did_Not_Report()
    {
        using var t = new TempStore();
        t.Import("comtrade", "comtrade_dprk_hs27_hs44.csv");

        // The DPRK reports nothing: its exports to China are China's import declarations.
        var auto = FlowsQuery.Run(t.Store, new FlowsRequest(s_prk, CountryCode.Parse("CHN")) { Period = Period.Year(2016), By = FlowsBreakdown.Hs2 });
        var exporterOnly = FlowsQuery.Run(t.Store, new FlowsRequest(s_prk, CountryCode.Parse("CHN")) { Period = Period.Year(2016), Side = SideChoice.Exporter });

        Assert.NotEmpty(auto.Rows);
        Assert.All(auto.Rows, r => Assert.Equal("importer", r.Side));
        Assert.Empty(exporterOnly.Rows);
    }

    [Fact]
    public void Should_Use_One_Hs_Level_Per_Chapter_So_A_Chapter_And_Its_Lines_Are_Not_Summed()
    {
        using var t = new TempStore();
        t.Import("csv", "russian_customs_sample.csv", dataset: null, replace: false, mapping: true);

        var byHs6 = FlowsQuery.Run(t.Store, new FlowsRequest(s_rus, s_prk) { By = FlowsBreakdown.Hs6 });
        var byMonth = FlowsQuery.Run(t.Store, new FlowsRequest(s_rus, s_prk) { By = FlowsBreakdown.Month, HsPrefix = "2710" });

        Assert.Equal(new[] { "271012", "271019" }, byHs6.Rows.Select(r => r.Hs ?? "").ToArray());
        Assert.Equal([Period.OfMonth(2018, 1), Period.OfMonth(2018, 2)], byMonth.Rows.Select(r => r.Period).ToArray());
        Assert.Equal(400_000.50m, byMonth.TotalValueUsd);
    }
}
