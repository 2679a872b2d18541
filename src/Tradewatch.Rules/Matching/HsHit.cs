using Tradewatch.Rules.Model;

namespace Tradewatch.Rules.Matching;

/// <summary>The best selector of a scope for one code, and how it matched.</summary>
internal sealed record HsHit(HsSelector Selector, MatchCoverage Coverage, string How, string? Note)
{
    public static HsHit? Best(MeasureScope scope, string digits, MatchOptions options, string? revisionNote)
    {
        HsHit? best = null;
        foreach (var s in scope.Include)
        {
            if (options.ConfirmedSelectorsOnly && s.Status == FactStatus.Unconfirmed)
            {
                continue;
            }
            HsHit? hit = null;
            if (s.ContainsFiner(digits))
            {
                if (scope.Exclude.Any(e => e.ContainsFiner(digits)))
                {
                    continue;
                }
                var partlyExcluded = scope.Exclude.FirstOrDefault(e => e.OverlapsCoarser(digits));
                var note = Join(revisionNote, s.CoversPart ? $"selector {s.Text} covers only part of its code{(s.Note is null ? "" : $" ({s.Note})")}" : null);
                note = Join(note, partlyExcluded is null ? null : $"excluded {partlyExcluded.Text} lies inside HS {digits}");
                var coverage = s.CoversPart || partlyExcluded is not null ? MatchCoverage.Partial : MatchCoverage.Full;
                hit = new HsHit(s, coverage, "is within", note);
            }
            else if (s.OverlapsCoarser(digits))
            {
                hit = new HsHit(s, MatchCoverage.Partial, "is coarser than", Join(revisionNote, $"flow reported at {Level(digits.Length)} level, measure written at {Level(s.Level)} level"));
            }
            if (hit is not null && (best is null || Rank(hit) < Rank(best)))
            {
                best = hit;
            }
        }
        return best;
    }

    private static int Rank(HsHit h) => ((int)h.Coverage * 10) + (int)h.Selector.Status;

    private static string Level(int digits) => digits switch
    {
        2 => "chapter",
        4 => "heading",
        6 => "subheading",
        _ => "national-line",
    };

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : $"{a}; {b}";
}
