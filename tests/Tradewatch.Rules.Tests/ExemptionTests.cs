using Tradewatch.Domain;
using Tradewatch.Rules.Matching;
using Tradewatch.Rules.Model;
using Tradewatch.Rules.Tests.Support;
using static Tradewatch.Rules.Tests.Support.Flows;

namespace Tradewatch.Rules.Tests;

/// <summary>Each exemption: shown where it may apply, applied only when a machine test holds.</summary>
public sealed class ExemptionTests
{
    public static TheoryData<string, string> ExemptionLinks()
    {
        var data = new TheoryData<string, string>();
        foreach (var e in RepoFiles.Bundled.Exemptions.Where(e => !e.AppliesToAll))
        {
            foreach (var t in e.AppliesTo)
            {
                var m = RepoFiles.Bundled.Find(t.MeasureId)!;
                if (m.Scope.IsHsKeyed && m.Effective is not null)
                {
                    data.Add(e.Id, m.Id);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ExemptionLinks))]
    public void Should_List_Exemption_On_Every_Measure_It_Names(string exemptionId, string measureId)
    {
        var e = RepoFiles.Bundled.Exemptions.Single(x => x.Id == exemptionId);
        var m = RepoFiles.Bundled.Find(measureId)!;
        // Exemptions (and wind-downs) limited to some goods are tested on those goods.
        var only = e.Hs.Count > 0 ? e.Hs : e.Test == ExemptionTest.WindDown && m.WindDown is { Hs.Count: > 0 } w ? w.Hs : [];
        var selector = only.Count > 0 ? m.Scope.Include.First(s => only.Any(h => h.Overlaps(s))) : m.Scope.Include[0];
        var code = FirstCodeInside(m, selector)!;

        var match = Matcher.Match(FlowFor(m, code, m.Effective!.Value)).Single(x => x.Measure.Id == measureId);

        Assert.Equal(MatchStatus.Applies, match.Status);
        Assert.Contains(match.PossibleExemptions, x => x.Id == exemptionId);
    }

    [Fact]
    public void Should_Exempt_Rajin_Coal_Of_Russian_Origin()
    {
        var flow = Flow("270112", "PRK", "CHN", "2017-10-01") with { Origin = CountryCode.Parse("RUS") };

        var match = Matcher.Match(flow).Single(x => x.Measure.Id == "UNSCR2371-OP8-coal-iron-ironore-full-ban");

        Assert.Equal(MatchStatus.Exempted, match.Status);
        Assert.Equal("X-01", match.Exemption!.Id);
        Assert.Contains("declared origin RUS is not a target", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Not_Exempt_Coal_Of_DPRK_Origin_Or_Iron_Ore_Of_Any_Origin()
    {
        var dprkCoal = Flow("270112", "PRK", "CHN", "2017-10-01") with { Origin = CountryCode.Parse("PRK") };
        var russianOre = Flow("260111", "PRK", "CHN", "2017-10-01") with { Origin = CountryCode.Parse("RUS") };

        var coal = Matcher.Match(dprkCoal).Single(x => x.Measure.Id == "UNSCR2371-OP8-coal-iron-ironore-full-ban");
        var ore = Matcher.Match(russianOre).Single(x => x.Measure.Id == "UNSCR2371-OP8-coal-iron-ironore-full-ban");

        Assert.Equal(MatchStatus.Applies, coal.Status);
        Assert.Equal(MatchStatus.Applies, ore.Status);
        Assert.DoesNotContain(ore.PossibleExemptions, x => x.Id == "X-01");
    }

    [Fact]
    public void Should_Exempt_Textiles_Under_Earlier_Contract_Inside_The_Wind_Down()
    {
        var flow = Flow("620342", "PRK", "CHN", "2017-12-10") with { ContractDate = new DateOnly(2017, 9, 1) };

        var match = Matcher.Match(flow).Single(x => x.Measure.Id == "UNSCR2375-textiles");

        Assert.Equal(MatchStatus.Exempted, match.Status);
        Assert.Equal("X-07", match.Exemption!.Id);
    }

    [Fact]
    public void Should_Not_Exempt_Textiles_After_The_Wind_Down_Or_Under_A_Later_Contract()
    {
        var late = Flow("620342", "PRK", "CHN", "2017-12-11") with { ContractDate = new DateOnly(2017, 9, 1) };
        var newContract = Flow("620342", "PRK", "CHN", "2017-10-01") with { ContractDate = new DateOnly(2017, 9, 11) };

        var afterWindow = Matcher.Match(late).Single(x => x.Measure.Id == "UNSCR2375-textiles");
        var laterContract = Matcher.Match(newContract).Single(x => x.Measure.Id == "UNSCR2375-textiles");

        Assert.Equal(MatchStatus.Applies, afterWindow.Status);
        Assert.DoesNotContain(afterWindow.PossibleExemptions, x => x.Id == "X-07");
        Assert.Equal(MatchStatus.Applies, laterContract.Status);
        Assert.Contains(laterContract.PossibleExemptions, x => x.Id == "X-07");
    }

    [Fact]
    public void Should_Limit_The_2371_Wind_Down_To_Iron_And_Iron_Ore()
    {
        var coal = Flow("270112", "PRK", "CHN", "2017-08-20") with { ContractDate = new DateOnly(2017, 7, 1) };
        var ore = Flow("260111", "PRK", "CHN", "2017-08-20") with { ContractDate = new DateOnly(2017, 7, 1) };

        Assert.Equal(MatchStatus.Applies, Matcher.Match(coal).Single(x => x.Measure.Id == "UNSCR2371-OP8-coal-iron-ironore-full-ban").Status);
        Assert.Equal(MatchStatus.Exempted, Matcher.Match(ore).Single(x => x.Measure.Id == "UNSCR2371-OP8-coal-iron-ironore-full-ban").Status);
    }

    [Fact]
    public void Should_Show_Humanitarian_Exemption_On_Every_UN_Match_But_Not_National_Ones()
    {
        var matches = Match("271019", "CHN", "PRK", "2018-06-01");

        Assert.All(matches.Where(x => x.Measure.Rulebook.Id == "un-dprk"), x => Assert.Contains(x.PossibleExemptions, e => e.Id == "X-03"));
        Assert.All(matches.Where(x => x.Measure.Rulebook.Id != "un-dprk"), x => Assert.DoesNotContain(x.PossibleExemptions, e => e.Id == "X-03"));
        Assert.Contains(matches, x => x.Measure.Rulebook.Id == "cn-mofcom");
    }

    [Fact]
    public void Should_Keep_Every_Exemption_Detectability_Explained()
    {
        Assert.All(RepoFiles.Bundled.Exemptions, e => Assert.False(string.IsNullOrWhiteSpace(e.How)));
        Assert.All(RepoFiles.Bundled.Exemptions.Where(e => e.Test != ExemptionTest.None), e => Assert.NotEqual(Detectability.No, e.Detectable));
    }
}
