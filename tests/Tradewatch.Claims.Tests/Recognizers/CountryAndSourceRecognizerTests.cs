using Tradewatch.Claims.Recognizers;
using Tradewatch.Claims.Recognizers.Commodities;
using Tradewatch.Claims.Recognizers.Countries;
using Tradewatch.Claims.Recognizers.Sources;
using Tradewatch.Claims.Tests.Support;

namespace Tradewatch.Claims.Tests.Recognizers;

public class CountryRecognizerTests
{
    [Theory]
    [InlineData("Moscow is a backer of Pyongyang", "RUS,PRK")]
    [InlineData("Russian exports to the North", "RUS,PRK")]
    [InlineData("N. Korea-Russia trade dips", "PRK,RUS")]
    [InlineData("China's trade with North Korea", "CHN,PRK")]
    [InlineData("Vietnam ranked second, then Argentina and the Netherlands", "VNM,ARG,NLD")]
    [InlineData("the DPRK and South Korea", "PRK,KOR")]
    [InlineData("Beijing and Seoul", "CHN,KOR")]
    public void Should_Map_Names_Adjectives_And_Capitals_To_Alpha3(string text, string expected)
    {
        var found = Recognize.With<CountryMention>(new CountryRecognizer(), text);
        Assert.Equal(expected, string.Join(",", found.Select(f => f.Mention.Country.Alpha3)));
    }

    [Theory]
    [InlineData("US$48 million")]
    [InlineData("400,000 US dollars")]
    [InlineData("the North Atlantic")]
    [InlineData("the Korea Trade-Investment Promotion Agency")]
    public void Should_Not_Read_A_Country_In_Currencies_Or_Other_Names(string text) =>
        Assert.Empty(Recognize.With<CountryMention>(new CountryRecognizer(), text));

    [Fact]
    public void Should_Mark_Possessives_And_Hyphenated_Pairs()
    {
        var found = Recognize.With<CountryMention>(new CountryRecognizer(), "Russia's exports and Russian-North Korean trade");
        Assert.True(found[0].Mention.Possessive);
        Assert.True(found[2].Mention.PairedWithPrevious);
    }
}

public class SourceRecognizerTests
{
    [Theory]
    [InlineData("According to data from the [South] Korea Trade-Investment Promotion Agency, exports rose", "KOTRA")]
    [InlineData("the Voice of America reported, citing data from Russia's customs agency", "Russian customs")]
    [InlineData("according to Yonhap news agency citing the report from the Korea Trade-Investment Promotion Agency (KOTRA)", "KOTRA")]
    [InlineData("bilateral trade stood at $69 million, according to the Ministry of Foreign Trade", "Ministry of Foreign Trade")]
    [InlineData("Toloraya believes that trade stands at around $1 billion", "Toloraya")]
    public void Should_Name_The_Strongest_Attribution(string text, string expected)
    {
        var found = Recognize.With<SourceMention>(new SourceRecognizer(), text);
        Assert.Equal(expected, found.OrderByDescending(f => f.Mention.Strength).First().Mention.Name);
    }

    [Fact]
    public void Should_Not_Take_A_Conjunction_For_A_Source() =>
        Assert.Empty(Recognize.With<SourceMention>(new SourceRecognizer(), "While Pompeo said talks were making progress"));
}

public class CommodityRecognizerTests
{
    [Theory]
    [InlineData("$22 million worth of coal", "coal", "2701")]
    [InlineData("lignite with a value of", "lignite", "2702")]
    [InlineData("67,300 barrels of refined petroleum", "refined petroleum products", "2710")]
    [InlineData("crude oil supplies", "crude oil", "2709")]
    [InlineData("Russian oil shipments", "oil", null)]
    [InlineData("fishery products", "fishery products", "03")]
    public void Should_Map_Goods_Words_To_HS(string text, string name, string? hs)
    {
        var (mention, _) = Assert.Single(Recognize.With<CommodityMention>(new CommodityRecognizer(), text));
        Assert.Equal(name, mention.Name);
        Assert.Equal(hs, mention.Hs);
    }
}
