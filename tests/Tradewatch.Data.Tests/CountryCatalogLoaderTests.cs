using Tradewatch.Data.Reference;
using Tradewatch.Domain;

namespace Tradewatch.Data.Tests;

public sealed class CountryCatalogLoaderTests
{
    private static readonly CountryCatalog s_catalog = CountryCatalogLoader.Default;

    [Theory]
    [InlineData("Dem. People's Rep. of Korea", "PRK")]
    [InlineData("Korea, Dem. People's Rep. of", "PRK")]
    [InlineData("DPRK", "PRK")]
    [InlineData("North Korea", "PRK")]
    [InlineData("408", "PRK")]
    [InlineData("KP", "PRK")]
    [InlineData("Russian Federation", "RUS")]
    [InlineData("643", "RUS")]
    [InlineData("251", "FRA")]
    [InlineData("381", "ITA")]
    [InlineData("842", "USA")]
    [InlineData("699", "IND")]
    [InlineData("757", "CHE")]
    [InlineData("280", "DEU")]
    [InlineData("China, P.R.: Mainland", "CHN")]
    [InlineData("Armenia, Rep. of", "ARM")]
    [InlineData("Gambia, The", "GMB")]
    [InlineData("Côte d'Ivoire", "CIV")]
    [InlineData("Cote d'Ivoire", "CIV")]
    public void Should_Resolve_Source_Spellings(string text, string alpha3) =>
        Assert.Equal(alpha3, s_catalog.Resolve(text)?.Code.Alpha3);

    [Theory]
    [InlineData("810", "SUN", AreaKind.Historical)]
    [InlineData("278", "DDR", AreaKind.Historical)]
    [InlineData("SUN", "SUN", AreaKind.Historical)]
    [InlineData("490", "S19", AreaKind.Unspecified)]
    [InlineData("Other Asia, nes", "S19", AreaKind.Unspecified)]
    [InlineData("0", "WLD", AreaKind.Aggregate)]
    [InlineData("World", "WLD", AreaKind.Aggregate)]
    [InlineData("Euro Area", "XEA", AreaKind.Aggregate)]
    public void Should_Know_What_Kind_Of_Area_A_Code_Is(string text, string code, AreaKind kind)
    {
        var info = s_catalog.Resolve(text);

        Assert.NotNull(info);
        Assert.Equal(code, info.Code.Alpha3);
        Assert.Equal(kind, info.Kind);
    }

    [Fact]
    public void Should_Resolve_Every_BACI_Country_Number()
    {
        var rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "baci_2021_first2000.csv")).Skip(1);
        var numbers = rows.SelectMany(r => r.Split(',').Skip(1).Take(2)).Distinct();

        Assert.All(numbers, n => Assert.NotNull(s_catalog.Resolve(n)));
    }

    [Fact]
    public void Should_Resolve_Every_Name_In_The_IMF_Extract()
    {
        var names = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "imf_dots_rus_prk_2010_2020.csv")).Skip(1)
            .Select(l => l.StartsWith('"') ? l[1..l.IndexOf('"', 1)] : l[..l.IndexOf(',')]).Distinct();

        Assert.All(names, n => Assert.NotNull(s_catalog.Resolve(n)));
    }

    [Fact]
    public void Should_Name_An_Unknown_Code_In_The_Error()
    {
        var ex = Assert.Throws<InputException>(() => s_catalog.ResolveOrThrow("998"));
        Assert.Contains("found '998'", ex.Message, StringComparison.Ordinal);
    }
}
