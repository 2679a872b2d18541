using Tradewatch.Claims.Recognizers;
using Tradewatch.Claims.Recognizers.Amounts;
using Tradewatch.Claims.Tests.Support;

namespace Tradewatch.Claims.Tests.Recognizers;

public class MoneyRecognizerTests
{
    [Theory]
    [InlineData("exports amounted to US$48 million in May", 48_000_000, "USD", "US$48 million")]
    [InlineData("just $1.36 million worth of goods", 1_360_000, "USD", "$1.36 million")]
    [InlineData("canceling $10 billion of debt", 10_000_000_000, "USD", "$10 billion")]
    [InlineData("Russia exported 400,000 US dollars' worth of goods", 400_000, "USD", "400,000 US dollars")]
    [InlineData("it sold one million dollars' worth", 1_000_000, "USD", "one million dollars")]
    [InlineData("climbed to (29 million euros) in", 29_000_000, "EUR", "29 million euros")]
    [InlineData("reached $42.74 mln in 2020", 42_740_000, "USD", "$42.74 mln")]
    [InlineData("worth $420,000.", 420_000, "USD", "$420,000")]
    [InlineData("a deal worth $2.5bn was signed", 2_500_000_000, "USD", "$2.5bn")]
    [InlineData("trade of 3.2 billion yuan", 3_200_000_000, "CNY", "3.2 billion yuan")]
    [InlineData("USD 15 million of fertiliser", 15_000_000, "USD", "USD 15 million")]
    [InlineData("textiles were worth Rmb 800 million in January", 800_000_000, "CNY", "Rmb 800 million")]
    [InlineData("smuggled $48m of coal", 48_000_000, "USD", "$48m")]
    [InlineData("imports of 1.2 trillion won", 1_200_000_000_000, "KRW", "1.2 trillion won")]
    public void Should_Read_Amount_And_Currency_When_Money_Is_Stated(string text, decimal value, string unit, string matched)
    {
        // When
        var found = Recognize.With<AmountMention>(new MoneyRecognizer(), text);

        // Then
        var (mention, span) = Assert.Single(found);
        Assert.Equal(value, mention.Value);
        Assert.Equal(unit, mention.Unit);
        Assert.Equal(matched, span);
    }

    [Theory]
    [InlineData("The committee met on July 4 and in 2017.")]
    [InlineData("It tested 2 missiles and a rocket.")]
    [InlineData("Resolution 2321 was adopted by 15 members.")]
    public void Should_Find_Nothing_When_No_Currency(string text) =>
        Assert.Empty(Recognize.With<AmountMention>(new MoneyRecognizer(), text));

    [Fact]
    public void Should_Skip_When_Number_Is_Too_Large_For_A_Decimal() =>
        Assert.Empty(Recognize.With<AmountMention>(new MoneyRecognizer(), "$99999999999999999999999999 trillion"));

    [Theory]
    [InlineData("about $2.3 million", "about")]
    [InlineData("more than $5 million", "more_than")]
    [InlineData("nearly $1 billion", "nearly")]
    [InlineData("at least $3 million", "at_least")]
    public void Should_Read_Hedge_When_Preceded_By_One(string text, string qualifier) =>
        Assert.Equal(qualifier, Recognize.With<AmountMention>(new MoneyRecognizer(), text).Single().Mention.Qualifier);
}
