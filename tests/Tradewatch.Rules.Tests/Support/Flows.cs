using Tradewatch.Domain;
using Tradewatch.Rules.Matching;
using Tradewatch.Rules.Model;

namespace Tradewatch.Rules.Tests.Support;

/// <summary>Builds flows that exercise one measure, and runs the matcher over the bundled rulebooks.</summary>
internal static class Flows
{
    public static readonly RuleMatcher Matcher = new(RepoFiles.Bundled, RepoFiles.Correspondence);

    public static FlowQuery Flow(string hs, string from, string to, string date) =>
        new(HsCode.Parse(hs), CountryCode.Parse(from), CountryCode.Parse(to), DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    public static IReadOnlyList<MeasureMatch> Match(string hs, string from, string to, string date) => Matcher.Match(Flow(hs, from, to, date));

    /// <summary>A flow in the measure's direction: target on the right side, a counterpart its rulebook binds on the other.</summary>
    public static FlowQuery FlowFor(Measure m, string hs6, DateOnly date, bool reversed = false)
    {
        var target = m.Rulebook.Targets[0];
        var counterpart = m.Rulebook.Jurisdiction?[0] ?? CountryCode.Parse("CHN");
        var toTarget = m.Direction != MeasureDirection.FromTarget;
        if (reversed)
        {
            toTarget = !toTarget;
        }
        return toTarget
            ? new FlowQuery(HsCode.Parse(hs6), counterpart, target, date)
            : new FlowQuery(HsCode.Parse(hs6), target, counterpart, date);
    }

    /// <summary>The first HS6 code of the nomenclature inside the selector and not excluded by the measure.</summary>
    public static string? FirstCodeInside(Measure m, HsSelector s) =>
        RepoFiles.Nomenclature.Subheadings(m.Scope.Revision)
            .FirstOrDefault(c => s.ContainsFiner(c) && !m.Scope.Exclude.Any(e => e.ContainsFiner(c)));

    /// <summary>The nearest HS6 code after (or else before) the selector that no include selector of the measure covers.</summary>
    public static string? NearestCodeOutside(Measure m, HsSelector s)
    {
        var codes = RepoFiles.Nomenclature.Subheadings(m.Scope.Revision);
        bool Covered(string c) => m.Scope.Include.Any(i => i.ContainsFiner(c));
        var last = codes.Select((c, i) => (c, i)).Where(x => s.ContainsFiner(x.c)).Select(x => x.i).DefaultIfEmpty(-1).Max();
        var first = codes.Select((c, i) => (c, i)).Where(x => s.ContainsFiner(x.c)).Select(x => x.i).DefaultIfEmpty(-1).Min();
        for (var i = last + 1; last >= 0 && i < codes.Count; i++)
        {
            if (!Covered(codes[i]))
            {
                return codes[i];
            }
        }
        for (var i = first - 1; i >= 0; i--)
        {
            if (!Covered(codes[i]))
            {
                return codes[i];
            }
        }
        return null;
    }
}
