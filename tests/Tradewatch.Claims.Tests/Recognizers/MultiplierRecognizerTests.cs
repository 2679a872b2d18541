using Tradewatch.Claims.Recognizers;
using Tradewatch.Claims.Recognizers.Multipliers;
using Tradewatch.Claims.Tests.Support;

namespace Tradewatch.Claims.Tests.Recognizers;

public class MultiplierRecognizerTests
{
    [Theory]
    [InlineData("Russia has roughly doubled oil shipments", 2, "times", "about")]
    [InlineData("more than double the shipments in the same period", 2, "times", "more_than")]
    [InlineData("increase bilateral trade almost ten-fold to $1 billion", 10, "times", "nearly")]
    [InlineData("exports rose ninefold last year", 9, "times", null)]
    [InlineData("imports were 3 times higher than", 3, "times", null)]
    [InlineData("trade nearly halved in 2018", -50, "percent", "nearly")]
    [InlineData("with a third of its total being clothes", 33.3, "percent", null)]
    [InlineData("would slash revenue by a third", 33.3, "percent", null)]
    [InlineData("exported only about a tenth as much to Russia", 0.1, "ratio", "about")]
    public void Should_Read_Multiple_Or_Fraction(string text, decimal value, string unit, string? qualifier)
    {
        var (mention, _) = Assert.Single(Recognize.With<AmountMention>(new MultiplierRecognizer(), text));
        Assert.Equal(value, mention.Value);
        Assert.Equal(unit, mention.Unit);
        Assert.Equal(qualifier, mention.Qualifier);
    }

    [Theory]
    [InlineData("up 99.6 percent or nearly double the $24.04 million")]
    [InlineData("in the first half of the year")]
    [InlineData("a double-digit rise")]
    [InlineData("tankers that have called in port at least 89 times")]
    public void Should_Find_Nothing_When_Not_A_Claim_Of_Its_Own(string text) =>
        Assert.Empty(Recognize.With<AmountMention>(new MultiplierRecognizer(), text));
}
