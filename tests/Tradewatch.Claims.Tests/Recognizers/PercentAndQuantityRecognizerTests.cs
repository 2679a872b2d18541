using Tradewatch.Claims.Recognizers;
using Tradewatch.Claims.Recognizers.Amounts;
using Tradewatch.Claims.Tests.Support;

namespace Tradewatch.Claims.Tests.Recognizers;

public class PercentRecognizerTests
{
    [Theory]
    [InlineData("up 99.6 percent or", 99.6)]
    [InlineData("down almost 20 per cent from", 20)]
    [InlineData("fell by 76.5% to", 76.5)]
    [InlineData("Only One Percent of Trade", 1)]
    [InlineData("shooting up 7,281 percent", 7281)]
    [InlineData("rose 3 percentage points", 3)]
    public void Should_Read_Percentage(string text, decimal value)
    {
        var (mention, _) = Assert.Single(Recognize.With<AmountMention>(new PercentRecognizer(), text));
        Assert.Equal(value, mention.Value);
        Assert.Equal("percent", mention.Unit);
    }
}

public class QuantityRecognizerTests
{
    [Theory]
    [InlineData("that was 4,100 tons of oil", 4100, "t")]
    [InlineData("1.44 million tonnes sent to China", 1_440_000, "t")]
    [InlineData("67,300 barrels of refined petroleum", 67_300, "barrels")]
    [InlineData("2,500 kg of cobalt", 2.5, "t")]
    [InlineData("estimated at 4.5 million barrels per year", 4_500_000, "barrels per year")]
    [InlineData("the annual quota set at 500,000 barrels", 500_000, "barrels per year")]
    [InlineData("capped at four million barrels a year", 4_000_000, "barrels per year")]
    public void Should_Read_Quantity_And_Unit(string text, decimal value, string unit)
    {
        var (mention, _) = Assert.Single(Recognize.With<AmountMention>(new QuantityRecognizer(), text));
        Assert.Equal(value, mention.Value);
        Assert.Equal(unit, mention.Unit);
    }

    [Theory]
    [InlineData("North Korean coal exports dropped to zero in April", true)]
    [InlineData("Tensions dropped to zero overnight", false)]
    public void Should_Read_Zero_Tonnage_Only_For_Goods_Counted_In_Tons(string text, bool expected) =>
        Assert.Equal(expected, Recognize.With<AmountMention>(new ZeroRecognizer(), text).Count == 1);
}
