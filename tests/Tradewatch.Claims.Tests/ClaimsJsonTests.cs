using System.Text.Json;
using Tradewatch.Claims.Json;

namespace Tradewatch.Claims.Tests;

public class ClaimsJsonTests
{
    [Fact]
    public void Should_Write_The_Claims_Md_Fields_In_Order()
    {
        var document = ClaimChecker.Default.Check(ClaimExtractor.Default.Extract("Russian exports to North Korea amounted to US$48 million in the first five months this year, up 99.6 percent from $24.04 million in the same period last year.", "a.txt", new DateOnly(2017, 7, 25)));
        using var json = JsonDocument.Parse(ClaimsJson.Serialize(document));
        var root = json.RootElement;
        Assert.Equal(["article", "claims", "checks"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["file", "title", "date", "date_basis"], root.GetProperty("article").EnumerateObject().Select(p => p.Name));
        Assert.Equal("given", root.GetProperty("article").GetProperty("date_basis").GetString());
        var claim = root.GetProperty("claims")[0];
        Assert.Equal(["id", "quote", "span", "kind", "flow", "from", "to", "commodity", "hs", "value", "unit", "period", "comparison", "source", "notes"],
            claim.EnumerateObject().Select(p => p.Name).Take(15));
        Assert.Equal("48000000", claim.GetProperty("value").GetRawText());
        Assert.Equal("2017-01", claim.GetProperty("period").GetProperty("start").GetString());
        var growth = root.GetProperty("claims")[1];
        Assert.Equal("24040000", growth.GetProperty("comparison").GetProperty("value").GetRawText());
        var check = root.GetProperty("checks")[0];
        Assert.Equal(["claims", "verdict", "reason"], check.EnumerateObject().Select(p => p.Name).Take(3));
    }

    [Fact]
    public void Should_Write_Documents_And_Cross_Checks_For_Claims_Check()
    {
        var d = ClaimExtractor.Default.Extract("Exports were $5 million in 2016.", "a.txt", new DateOnly(2017, 1, 1));
        using var json = JsonDocument.Parse(ClaimsJson.Serialize([d, d], []));
        Assert.Equal(["documents", "cross_checks"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, json.RootElement.GetProperty("documents").GetArrayLength());
    }
}
