using Tradewatch.Domain;
using Tradewatch.Rules.Matching;
using Tradewatch.Rules.Tests.Support;
using static Tradewatch.Rules.Tests.Support.Flows;

namespace Tradewatch.Rules.Tests;

/// <summary>Coverage levels, revisions and statuses in match results.</summary>
public sealed class MatcherTests
{
    [Fact]
    public void Should_Call_A_Chapter_Flow_Against_A_Heading_Measure_Partial()
    {
        var match = Match("27", "PRK", "CHN", "2017-10-01").Single(x => x.Measure.Id == "UNSCR2371-OP8-coal-iron-ironore-full-ban");

        Assert.Equal(MatchCoverage.Partial, match.Coverage);
        Assert.Contains("flow reported at chapter level, measure written at heading level; partial match", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Match_National_Tariff_Lines_By_Their_Subheading()
    {
        var match = Match("2701120010", "PRK", "CHN", "2017-10-01").Single(x => x.Measure.Id == "UNSCR2371-OP8-coal-iron-ironore-full-ban");

        Assert.Equal(MatchCoverage.Full, match.Coverage);
    }

    [Fact]
    public void Should_Call_A_Selector_That_Covers_Part_Of_Its_Code_Partial()
    {
        var match = Match("271019", "CHN", "PRK", "2018-06-01").Single(x => x.Measure.Id == "UNSCR2270-OP31-aviation-fuel");

        Assert.Equal(MatchCoverage.Partial, match.Coverage);
        Assert.Contains("covers only part of its code", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Map_Older_Revisions_Through_The_Correspondence_Tables()
    {
        // HS2007 271011 (light oils) split into HS2012 271012 and 271020: not one-to-one.
        var flow = new FlowQuery(HsCode.Parse("HS2007:271011"), CountryCode.Parse("CHN"), CountryCode.Parse("PRK"), new DateOnly(2018, 6, 1));

        var match = Matcher.Match(flow).Single(x => x.Measure.Id == "UNSCR2397-OP5-refined-petroleum-cap");

        Assert.Equal(MatchCoverage.Partial, match.Coverage);
        Assert.Contains("HS2007 271011 corresponds to HS2017", match.Reason, StringComparison.Ordinal);
        Assert.Contains("(not one-to-one)", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Match_An_Unchanged_Code_From_HS1992_As_Full()
    {
        var flow = new FlowQuery(HsCode.Parse("HS1992:270112"), CountryCode.Parse("PRK"), CountryCode.Parse("CHN"), new DateOnly(2017, 10, 1));

        var match = Matcher.Match(flow).Single(x => x.Measure.Id == "UNSCR2371-OP8-coal-iron-ironore-full-ban");

        Assert.Equal(MatchCoverage.Full, match.Coverage);
        Assert.Contains("HS1992 270112 corresponds to HS2017 270112", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Show_Unconfirmed_Selectors_And_Drop_Them_On_Request()
    {
        var flow = Flow("270400", "PRK", "CHN", "2017-10-01");

        var all = Matcher.Match(flow).Single(x => x.Measure.Id == "UNSCR2371-OP8-coal-iron-ironore-full-ban");
        var confirmedOnly = Matcher.Match(flow, new MatchOptions(ConfirmedSelectorsOnly: true));

        Assert.Contains("(HS-LOW, unconfirmed)", all.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(confirmedOnly, x => x.Measure.Id == "UNSCR2371-OP8-coal-iron-ironore-full-ban");
    }

    [Fact]
    public void Should_Say_When_No_Cap_Window_Is_Open()
    {
        // 2375 banned refined petroleum from 11 Sep 2017 but its quota only opened on 1 Oct.
        var match = Match("271019", "CHN", "PRK", "2017-09-20").Single(x => x.Measure.Id == "UNSCR2375-refined-petroleum-cap");

        Assert.Null(match.ActiveCap);
        Assert.Contains("no cap window open on this date", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Count_Crude_Cap_In_Twelve_Month_Windows_From_22_December()
    {
        var match = Match("270900", "RUS", "PRK", "2018-12-22").Single(x => x.Measure.Id == "UNSCR2397-OP4-crude-cap");

        Assert.Equal((new DateOnly(2018, 12, 22), new DateOnly(2019, 12, 21)), match.ActiveCap!.Period!.WindowContaining(new DateOnly(2018, 12, 22)));
    }

    [Fact]
    public void Should_Not_Treat_Trade_Between_Two_Non_Targets_As_Covered()
    {
        Assert.Empty(Match("270112", "CHN", "RUS", "2018-01-01"));
    }
}
