using Tradewatch.Claims.Tests.Support;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Tests;

/// <summary>Hand-written sentences in the style of wire reports, none taken from the gold articles.</summary>
public class ClaimExtractorTests
{
    private static Claim Only(IReadOnlyList<Claim> claims, ClaimKind kind) => Assert.Single(claims, c => c.Kind == kind);

    [Fact]
    public void Should_Read_Growth_Value_Sides_Period_And_Source_From_One_Sentence()
    {
        var claims = Recognize.Claims("China's exports to North Korea rose 12.4 percent to $1.23 billion in the first half of 2019, according to data from China's General Administration of Customs.", 2019, 7, 20);
        var growth = Only(claims, ClaimKind.GrowthRate);
        var value = Only(claims, ClaimKind.TradeValue);
        Assert.Equal((12.4m, "percent", "CHN", "PRK", "2019-01..2019-06"), (growth.Value!.Value, growth.Unit!, growth.From?.Alpha3!, growth.To?.Alpha3!, growth.Period.ToString()!));
        Assert.Equal((1_230_000_000m, "CHN", "PRK", "2019-01..2019-06"), (value.Value!.Value, value.From?.Alpha3!, value.To?.Alpha3!, value.Period.ToString()!));
        Assert.Equal("China's General Administration of Customs", value.Source);
        Assert.Equal("2018-01..2018-06", growth.Comparison?.Period.ToString());
    }

    [Fact]
    public void Should_Give_A_Base_Its_Own_Period()
    {
        var claims = Recognize.Claims("North Korea imported 1,200 tons of rice from China in March, down from 3,400 tons a year earlier.", 2019, 5, 1);
        Assert.Collection(claims,
            c => Assert.Equal(("CHN", "PRK", "2019-03", "rice", "1006"), (c.From?.Alpha3!, c.To?.Alpha3!, c.Period.ToString()!, c.Commodity!, c.Hs!)),
            c => Assert.Equal((3400m, "2018-03"), (c.Value!.Value, c.Period.ToString()!)));
    }

    [Fact]
    public void Should_Read_Capitals_As_Countries_And_Last_Year_From_The_Article_Date()
    {
        var c = Assert.Single(Recognize.Claims("Pyongyang's trade with Moscow totalled $34 million last year, the Russian customs service said.", 2020, 3, 1));
        Assert.Equal((ClaimFlow.TotalTrade, "PRK", "RUS", "2019", "Russian customs"), (c.Flow!.Value, c.From?.Alpha3!, c.To?.Alpha3!, c.Period.ToString()!, c.Source!));
    }

    [Fact]
    public void Should_Read_Adjective_Exporters_And_Month_Ranges()
    {
        var c = Assert.Single(Recognize.Claims("Exports of North Korean seafood to China reached 18,000 tonnes in the January-June period, Chinese customs data showed.", 2019, 8, 1));
        Assert.Equal((ClaimKind.TradeQuantity, 18_000m, "t", "PRK", "CHN", "2019-01..2019-06", "03"), (c.Kind, c.Value!.Value, c.Unit!, c.From?.Alpha3!, c.To?.Alpha3!, c.Period.ToString()!, c.Hs!));
    }

    [Fact]
    public void Should_Keep_Explicit_Years_Apart_In_A_Comparison()
    {
        var claims = Recognize.Claims("In 2018, Russia shipped 25,000 barrels of refined petroleum to North Korea, compared with 40,000 barrels in 2017.", 2019, 2, 1);
        Assert.Equal(["2018", "2017"], claims.Select(c => c.Period.ToString()));
        Assert.All(claims, c => Assert.Equal(("RUS", "PRK", "barrels"), (c.From?.Alpha3!, c.To?.Alpha3!, c.Unit!)));
    }

    [Fact]
    public void Should_Mark_Deficits_And_Check_Them_Against_Exports_And_Imports()
    {
        var text = "North Korea's exports to China were $200 million in 2019 and its imports from China were $2.5 billion. Its trade deficit with China was $2.8 billion in 2019.";
        var document = ClaimChecker.Default.Check(ClaimExtractor.Default.Extract(text, null, new DateOnly(2020, 2, 1)));
        var deficit = Assert.Single(document.Claims, c => c.Measure == "deficit");
        Assert.Null(deficit.Flow);
        var check = Assert.Single(document.Checks, c => c.Check == "balance");
        Assert.Equal(CheckVerdict.Inconsistent, check.Verdict);
        Assert.Contains("imports 2500M USD − exports 200M USD = 2300M USD", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Find_The_Done_When_Figures_In_Article_001()
    {
        var claims = GoldArticles.Checked("001_c0b78deaa73c8e23");
        var value = Assert.Single(claims.Claims, c => c.Value == 48_000_000m);
        Assert.Equal(("RUS", "PRK", "2017-01..2017-05", "KOTRA"), (value.From?.Alpha3!, value.To?.Alpha3!, value.Period.ToString()!, value.Source!));
        var growth = Assert.Single(claims.Claims, c => c.Value == 99.6m);
        Assert.Equal(24_040_000m, growth.Comparison?.Value);
        var check = Assert.Single(claims.Checks, c => c.Claims.Contains(growth.Id) && c.Claims.Contains(value.Id));
        Assert.Equal(CheckVerdict.Consistent, check.Verdict);
        Assert.StartsWith("48M / 24.04M = 1.9967 → +99.7%, stated +99.6%", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Flag_Four_Months_Against_A_Quarter_In_Article_003()
    {
        var document = GoldArticles.Checked("003_63065c96780da45a");
        var check = Assert.Single(document.Checks, c => c.Check == "period_coherence");
        Assert.Equal(CheckVerdict.Inconsistent, check.Verdict);
        var periods = check.Claims.Select(id => document.Claims[id].Period!.Value).ToList();
        Assert.Contains(Period.Parse("2017-01..2017-04"), periods);
        Assert.Contains(Period.Parse("2017Q1"), periods);
    }

    [Fact]
    public void Should_Point_Every_Span_At_Its_Quote_In_The_Gold_Articles()
    {
        foreach (var name in GoldArticles.Names)
        {
            var document = GoldArticles.Checked(name);
            Assert.All(document.Claims, c =>
            {
                Assert.Equal(c.Quote, document.Article.Text[c.Span.Start..c.Span.End]);
                Assert.True(c.Span.Covers(c.NumberSpan));
            });
        }
    }
}
