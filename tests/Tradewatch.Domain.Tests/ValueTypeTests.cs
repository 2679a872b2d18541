using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Tradewatch.Domain;

namespace Tradewatch.Domain.Tests;

public sealed class ValueTypeTests
{
    [Fact]
    public void Domain_Should_Reference_No_Other_Tradewatch_Assembly_Or_Package()
    {
        var references = typeof(Period).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Tradewatch", StringComparison.Ordinal));
        Assert.All(references, r => Assert.True(r.StartsWith("System", StringComparison.Ordinal) || r == "netstandard", r));
    }

    [Fact]
    public void Every_Public_Struct_Should_Be_Readonly()
    {
        var structs = typeof(Period).Assembly.GetExportedTypes().Where(t => t.IsValueType && !t.IsEnum);

        Assert.All(structs, t => Assert.True(t.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute"), t.Name));
    }

    [Theory]
    [InlineData("PRK")]
    [InlineData("rus")]
    [InlineData("S19")]
    public void CountryCode_Should_Accept_Well_Formed_Codes(string text) =>
        Assert.Equal(text.ToUpperInvariant(), CountryCode.Parse(text).Alpha3);

    [Theory]
    [InlineData("PR")]
    [InlineData("PRKK")]
    [InlineData("1AB")]
    [InlineData("P-K")]
    public void CountryCode_Should_Reject_Malformed_Codes(string text)
    {
        var ex = Assert.Throws<FormatException>(() => CountryCode.Parse(text));
        Assert.Equal($"expected an ISO 3166 alpha-3 country code, found '{text}'", ex.Message);
    }

    [Property]
    public Property Month_Should_RoundTrip() =>
        Prop.ForAll(Gen.Choose(1900, 2199).Zip(Gen.Choose(1, 12)).ToArbitrary(),
            t => Month.Parse(Month.Of(t.Item1, t.Item2).ToString()) == Month.Of(t.Item1, t.Item2));

    [Fact]
    public void UsdAmount_Should_Apply_The_Stated_Scale()
    {
        Assert.Equal(1_500m, UsdAmount.FromScaled(1.5m, MoneyScale.Thousands).Dollars);
        Assert.Equal(68_000_000m, UsdAmount.FromScaled(68.0m, MoneyScale.Millions).Dollars);
        Assert.Equal(32.2m, UsdAmount.FromScaled(32_200_000m, MoneyScale.Units).In(MoneyScale.Millions));
    }

    [Fact]
    public void UsdAmount_Should_Throw_On_Overflow_Instead_Of_Wrapping() =>
        Assert.Throws<OverflowException>(() => UsdAmount.FromScaled(decimal.MaxValue / 10, MoneyScale.Thousands));

    [Fact]
    public void Quantity_Should_Convert_Tonnes_To_Kilograms()
    {
        Assert.Equal(13_235m, new Quantity(13.235m, QuantityUnit.Tonne).ToKilograms());
        Assert.Null(new Quantity(10m, QuantityUnit.Barrel).ToKilograms());
    }

    [Theory]
    [InlineData("Weight in kilograms", QuantityUnit.Kilogram)]
    [InlineData("Number of items", QuantityUnit.Item)]
    [InlineData("barrels", QuantityUnit.Barrel)]
    [InlineData("No Quantity", QuantityUnit.None)]
    public void QuantityUnit_Should_Parse_Source_Descriptions(string text, QuantityUnit expected)
    {
        QuantityUnits.TryParse(text, out var unit);
        Assert.Equal(expected, unit);
    }

    [Fact]
    public void TradeFlow_Should_Derive_The_Reporting_Side()
    {
        var flow = new TradeFlow
        {
            From = CountryCode.Parse("RUS"),
            To = CountryCode.Parse("PRK"),
            Reporter = CountryCode.Parse("RUS"),
            Kind = FlowKind.Export,
            Period = Period.Year(2016),
            Hs = HsCode.Create("27", HsRevision.HS2012),
            Value = new UsdAmount(57_552_468m),
            Dataset = "comtrade",
            SourceLine = 2,
        };

        Assert.Equal(ReportingSide.Exporter, flow.Side);
        Assert.Equal(ReportingSide.Importer, (flow with { Reporter = CountryCode.Parse("PRK") }).Side);
        Assert.Throws<ArgumentException>(() => (flow with { Reporter = CountryCode.Parse("CHN") }).Validated());
    }
}
