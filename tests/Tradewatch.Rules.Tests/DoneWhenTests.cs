using Tradewatch.Rules.Matching;
using Tradewatch.Rules.Model;
using static Tradewatch.Rules.Tests.Support.Flows;

namespace Tradewatch.Rules.Tests;

/// <summary>The "Done when" checks of issue 3, against the bundled rulebooks.</summary>
public sealed class DoneWhenTests
{
    [Fact]
    public void Should_Return_2371_Coal_Ban_When_Coal_Moves_From_PRK_To_CHN_In_October_2017()
    {
        var matches = Match("270112", "PRK", "CHN", "2017-10-01");

        var ban = Assert.Single(matches, m => m.Measure.Id == "UNSCR2371-OP8-coal-iron-ironore-full-ban");
        Assert.Equal(MeasureType.Ban, ban.Measure.Type);
        Assert.Equal(MatchStatus.Applies, ban.Status);
        Assert.Equal("UNSC Resolution 2371 (2017) OP8", ban.Measure.Citation.Text);
        Assert.Equal(FactStatus.Unconfirmed, ban.Measure.Citation.Status);
        Assert.Equal(MatchCoverage.Full, ban.Coverage);
    }

    [Fact]
    public void Should_Return_No_Coal_Measure_When_Coal_Moves_Before_2270()
    {
        var matches = Match("270112", "PRK", "CHN", "2016-01-01");

        Assert.DoesNotContain(matches, m => m.Selector.Text == "2701");
    }

    [Fact]
    public void Should_Return_2321_Coal_Cap_When_Coal_Moves_In_March_2017()
    {
        var matches = Match("270112", "PRK", "CHN", "2017-03-01");

        var cap = Assert.Single(matches, m => m.Measure.Id == "UNSCR2321-OP26-coal-cap");
        Assert.Equal(MeasureType.Cap, cap.Measure.Type);
        Assert.Equal("calendar_year", cap.ActiveCap!.Period!.Kind.Name());
        Assert.Contains("400,870,018 USD or 7,500,000 t, whichever is lower", cap.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(matches, m => m.Measure.Id == "UNSCR2371-OP8-coal-iron-ironore-full-ban");
    }

    [Fact]
    public void Should_Return_2397_Refined_Cap_When_Diesel_Moves_From_RUS_To_PRK_In_2018()
    {
        var matches = Match("271019", "RUS", "PRK", "2018-06-01");

        var cap = Assert.Single(matches, m => m.Measure.Id == "UNSCR2397-OP5-refined-petroleum-cap");
        var limit = Assert.Single(cap.ActiveCap!.Limits);
        Assert.Equal(500000m, limit.Amount);
        Assert.Equal(CapUnit.Barrels, limit.Unit);
        Assert.Equal(CapPeriodKind.CalendarYear, cap.ActiveCap.Period!.Kind);
        Assert.Contains("500,000 barrels per calendar year", cap.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(matches, m => m.Measure.Id == "UNSCR2375-refined-petroleum-cap");
    }

    [Fact]
    public void Should_Return_2397_Vehicles_Ban_When_Cars_Move_From_CHN_To_PRK_In_March_2018()
    {
        var matches = Match("8703", "CHN", "PRK", "2018-03-01");

        var ban = Assert.Single(matches, m => m.Measure.Id == "UNSCR2397-OP7-transport-vehicles");
        Assert.Equal(MeasureType.Ban, ban.Measure.Type);
        Assert.Equal(MatchCoverage.Full, ban.Coverage);
        Assert.Equal("to_target", ban.FlowDirection.Name());
    }
}
