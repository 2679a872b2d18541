using Tradewatch.Domain;

namespace Tradewatch.Domain.Tests;

public sealed class CountryCatalogTests
{
    private static CountryCatalog Sample()
    {
        var catalog = new CountryCatalog();
        catalog.Add(new CountryInfo(CountryCode.Parse("PRK"), "Democratic People's Republic of Korea", AreaKind.Country, 408, "KP"));
        catalog.Add(new CountryInfo(CountryCode.Parse("FRA"), "France", AreaKind.Country, 250, "FR"));
        catalog.Add(new CountryInfo(CountryCode.Parse("WLD"), "World", AreaKind.Aggregate, 0, null));
        catalog.AddName("Korea, Dem. People's Rep. of", CountryCode.Parse("PRK"));
        catalog.AddNumber(251, CountryCode.Parse("FRA"));
        return catalog;
    }

    [Theory]
    [InlineData("PRK")]
    [InlineData("prk")]
    [InlineData("KP")]
    [InlineData("408")]
    [InlineData("Democratic People's Republic of Korea")]
    [InlineData("the democratic peoples republic of korea")]
    [InlineData("KOREA, DEM. PEOPLE'S REP. OF")]
    public void Should_Resolve_Every_Spelling_To_One_Code(string text) =>
        Assert.Equal("PRK", Sample().Resolve(text)?.Code.Alpha3);

    [Fact]
    public void Should_Map_Comtrade_Special_Numbers() =>
        Assert.Equal("FRA", Sample().Resolve("251")?.Code.Alpha3);

    [Fact]
    public void Should_Recognise_World_As_An_Aggregate_Not_A_Country()
    {
        var world = Sample().Resolve("0");

        Assert.NotNull(world);
        Assert.True(world.IsAggregate);
    }

    [Fact]
    public void Should_Name_The_Unknown_Code_In_The_Error()
    {
        var ex = Assert.Throws<InputException>(() => Sample().ResolveOrThrow("XK9"));

        Assert.Equal("expected a known country (ISO alpha-3, alpha-2, M49 number or name), found 'XK9'", ex.Message);
    }

    [Theory]
    [InlineData("RU")]
    [InlineData("999")]
    [InlineData("")]
    [InlineData("Narnia")]
    public void Should_Return_Null_For_Unknown_Text(string text) => Assert.Null(Sample().Resolve(text));
}
