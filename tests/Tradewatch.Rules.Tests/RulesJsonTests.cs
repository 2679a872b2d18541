using System.Text.Json;
using Tradewatch.Rules.Output;
using Tradewatch.Rules.Tests.Support;

namespace Tradewatch.Rules.Tests;

/// <summary>The JSON of `rules list` and `rules match` (contracts/cli.md).</summary>
public sealed class RulesJsonTests
{
    [Fact]
    public void Should_Match_Golden_File_For_Rules_List_At_2018_01_01()
    {
        var json = RulesJson.List(RepoFiles.Bundled.InForce(new DateOnly(2018, 1, 1)));

        Golden.Verify("rules-list-at-2018-01-01.json", json);
    }

    [Fact]
    public void Should_Carry_The_Contract_Fields_Of_Rules_List()
    {
        using var doc = JsonDocument.Parse(RulesJson.List(RepoFiles.Bundled.Measures));

        var first = doc.RootElement.GetProperty("measures")[0];
        foreach (var field in new[] { "id", "type", "direction", "citation", "effective", "ends" })
        {
            Assert.True(first.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public void Should_Carry_The_Contract_Fields_Of_Rules_Match()
    {
        using var doc = JsonDocument.Parse(RulesJson.Match(Flows.Match("270112", "PRK", "CHN", "2017-10-01")));

        var match = doc.RootElement.GetProperty("matches").EnumerateArray().Single(m => m.GetProperty("measure_id").GetString() == "UNSCR2371-OP8-coal-iron-ironore-full-ban");
        Assert.Equal("ban", match.GetProperty("type").GetString());
        Assert.Equal("applies", match.GetProperty("status").GetString());
        Assert.Equal("UNSC Resolution 2371 (2017) OP8", match.GetProperty("citation").GetString());
        Assert.Equal(JsonValueKind.Null, match.GetProperty("exemption").ValueKind);
        Assert.Contains("in force 2017-08-05..", match.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("unconfirmed", match.GetProperty("citation_status").GetString());
    }
}
