using Tradewatch.Rules.Matching;
using Tradewatch.Rules.Model;
using Tradewatch.Rules.Tests.Support;

namespace Tradewatch.Rules.Tests;

/// <summary>
/// For every HS-keyed measure of every bundled rulebook: a flow just inside and just outside each selector, the day
/// before and the day it takes effect (and the day after it ends), and both directions.
/// </summary>
public sealed class MeasureScopeTests
{
    public static TheoryData<string> HsKeyedMeasures()
    {
        var data = new TheoryData<string>();
        foreach (var m in RepoFiles.Bundled.Measures.Where(m => m.Scope.IsHsKeyed && m.Effective is not null))
        {
            data.Add(m.Id);
        }
        return data;
    }

    private static Measure Get(string id) => RepoFiles.Bundled.Find(id)!;

    private static bool Hits(Measure m, FlowQuery flow) => Flows.Matcher.Match(flow).Any(x => x.Measure.Id == m.Id);

    [Theory]
    [MemberData(nameof(HsKeyedMeasures))]
    public void Should_Match_Each_Selector_Just_Inside_On_The_Day_Of_Effect(string id)
    {
        var m = Get(id);
        foreach (var s in m.Scope.Include)
        {
            var code = Flows.FirstCodeInside(m, s);
            Assert.True(code is not null, $"{s.Text} has no code in the {m.Scope.Revision} nomenclature");
            Assert.True(Hits(m, Flows.FlowFor(m, code, m.Effective!.Value)), $"{id}: {code} inside {s.Text} should match on {m.Effective}");
        }
    }

    [Theory]
    [MemberData(nameof(HsKeyedMeasures))]
    public void Should_Not_Match_Just_Outside_Any_Selector(string id)
    {
        var m = Get(id);
        foreach (var s in m.Scope.Include)
        {
            var code = Flows.NearestCodeOutside(m, s);
            if (code is null)
            {
                continue; // the selector covers the whole nomenclature (e.g. "01-97")
            }
            Assert.False(Hits(m, Flows.FlowFor(m, code, m.Effective!.Value)), $"{id}: {code} next to {s.Text} should not match");
        }
    }

    [Theory]
    [MemberData(nameof(HsKeyedMeasures))]
    public void Should_Not_Match_The_Day_Before_Effect(string id)
    {
        var m = Get(id);
        var code = Flows.FirstCodeInside(m, m.Scope.Include[0])!;

        Assert.False(Hits(m, Flows.FlowFor(m, code, m.Effective!.Value.AddDays(-1))));
    }

    [Theory]
    [MemberData(nameof(HsKeyedMeasures))]
    public void Should_Stop_Matching_The_Day_After_It_Ends(string id)
    {
        var m = Get(id);
        var code = Flows.FirstCodeInside(m, m.Scope.Include[0])!;
        if (m.Ends is not { } ends)
        {
            Assert.True(Hits(m, Flows.FlowFor(m, code, new DateOnly(2030, 1, 1))), "a measure without an end stays in force");
            return;
        }
        Assert.True(Hits(m, Flows.FlowFor(m, code, ends)));
        Assert.False(Hits(m, Flows.FlowFor(m, code, ends.AddDays(1))));
    }

    [Theory]
    [MemberData(nameof(HsKeyedMeasures))]
    public void Should_Match_Only_In_Its_Direction(string id)
    {
        var m = Get(id);
        var code = Flows.FirstCodeInside(m, m.Scope.Include[0])!;

        var reversed = Hits(m, Flows.FlowFor(m, code, m.Effective!.Value, reversed: true));

        Assert.Equal(m.Direction == MeasureDirection.Both, reversed);
    }

    [Theory]
    [MemberData(nameof(HsKeyedMeasures))]
    public void Should_Bind_Only_Its_Jurisdiction(string id)
    {
        var m = Get(id);
        var code = Flows.FirstCodeInside(m, m.Scope.Include[0])!;
        var flow = Flows.FlowFor(m, code, m.Effective!.Value);
        // Brazil is in no national rulebook's jurisdiction: only UN measures reach its trade.
        var brazil = Tradewatch.Domain.CountryCode.Parse("BRA");
        var other = m.Direction == MeasureDirection.FromTarget ? flow with { To = brazil } : flow with { From = brazil };

        Assert.Equal(m.Rulebook.AllStates, Hits(m, other));
    }

    [Theory]
    [MemberData(nameof(HsKeyedMeasures))]
    public void Should_Say_List_Based_Measures_Need_Item_Review(string id)
    {
        var m = Get(id);
        var code = Flows.FirstCodeInside(m, m.Scope.Include[0])!;

        var match = Flows.Matcher.Match(Flows.FlowFor(m, code, m.Effective!.Value)).Single(x => x.Measure.Id == id);

        Assert.Equal(m.Scope.Basis == ScopeBasis.List, match.Reason.Contains("list-based, needs item review", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Never_Match_Catch_All_Or_Activity_Measures_By_Hs()
    {
        var unkeyed = RepoFiles.Bundled.Measures.Where(m => !m.Scope.IsHsKeyed).Select(m => m.Id).ToHashSet();
        var flows = new[] { "270112", "840810", "030389", "930100" }
            .SelectMany(hs => new[] { Flows.Flow(hs, "CHN", "PRK", "2018-06-01"), Flows.Flow(hs, "PRK", "CHN", "2018-06-01") });

        Assert.Contains("UNSCR2270-OP8-military-catch-all", unkeyed);
        Assert.DoesNotContain(flows.SelectMany(f => Flows.Matcher.Match(f)), x => unkeyed.Contains(x.Measure.Id));
    }

    [Fact]
    public void Should_Never_Match_A_Measure_With_Unknown_Effective_Date()
    {
        var draft = RepoFiles.Bundled.Find("RU-draft-2017-2371-2375-imports")!;

        Assert.Null(draft.Effective);
        Assert.DoesNotContain(Flows.Match("270112", "PRK", "RUS", "2019-01-01"), x => x.Measure.Id == draft.Id);
    }
}
