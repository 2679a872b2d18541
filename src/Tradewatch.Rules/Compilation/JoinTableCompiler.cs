using System.Globalization;
using Tradewatch.Rules.Hs;
using Tradewatch.Rules.Model;

namespace Tradewatch.Rules.Compilation;

/// <summary>
/// Compiles a rulebook set once into plain rows (HS6 × direction × date interval → measure) that the data layer
/// loads into DuckDB, so that screening a whole ledger is one join instead of a per-row loop.
/// </summary>
/// <remarks>
/// Only HS-keyed measures with a known effective date compile. Flows coarser than HS6 cannot join on equality;
/// screen them with <see cref="Matching.RuleMatcher"/> (partial matches). Flows in another HS revision are first
/// converted to the measure's revision with the correspondence table.
/// </remarks>
public static class JoinTableCompiler
{
    public static IReadOnlyList<JoinRow> Compile(RulebookSet set, IHsNomenclature nomenclature)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(nomenclature);
        var rows = new Dictionary<(string, string, string, string, string?), JoinRow>();
        foreach (var m in set.Measures)
        {
            if (!m.Scope.IsHsKeyed || m.Effective is not { } from)
            {
                continue;
            }
            var to = m.Ends ?? DateOnly.MaxValue;
            var directions = m.Direction == MeasureDirection.Both ? new[] { "to_target", "from_target" } : [m.Direction.Name()];
            var codes = nomenclature.Subheadings(m.Scope.Revision);
            var counterparts = m.Rulebook.Jurisdiction?.Select(c => (string?)c.Alpha3).ToList() ?? [null];
            foreach (var selector in m.Scope.Include)
            {
                foreach (var hs6 in Expand(selector, codes))
                {
                    if (m.Scope.Exclude.Any(e => e.ContainsFiner(hs6)))
                    {
                        continue;
                    }
                    var partial = selector.CoversPart || m.Scope.Basis == ScopeBasis.List;
                    foreach (var target in m.Rulebook.Targets)
                    {
                        foreach (var direction in directions)
                        {
                            foreach (var counterpart in counterparts)
                            {
                                var row = new JoinRow(m.Id, hs6, m.Scope.Revision.ToString(), direction, target.Alpha3, counterpart, from, to,
                                    m.Type.Name(), m.Scope.Basis.Name(), partial, selector.Status.Name(), selector.Confidence.Name());
                                var key = (m.Id, hs6, direction, target.Alpha3, counterpart);
                                // Overlapping selectors are rejected by the validator; keep the better-sourced one anyway.
                                if (!rows.TryGetValue(key, out var existing) || Better(row, existing))
                                {
                                    rows[key] = row;
                                }
                            }
                        }
                    }
                }
            }
        }
        return rows.Values.ToList();
    }

    /// <summary>Writes rows as CSV with a header (dates ISO, empty counterpart = any state) for DuckDB's read_csv.</summary>
    public static void WriteCsv(IEnumerable<JoinRow> rows, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("measure_id,hs6,revision,direction,target,counterpart,valid_from,valid_to,type,basis,partial,hs_status,hs_confidence");
        foreach (var r in rows)
        {
            writer.Write(r.MeasureId);
            writer.Write(',');
            writer.Write(r.Hs6);
            writer.Write(',');
            writer.Write(r.Revision);
            writer.Write(',');
            writer.Write(r.Direction);
            writer.Write(',');
            writer.Write(r.Target);
            writer.Write(',');
            writer.Write(r.Counterpart);
            writer.Write(',');
            writer.Write(r.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(r.ValidTo.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(r.Type);
            writer.Write(',');
            writer.Write(r.Basis);
            writer.Write(',');
            writer.Write(r.Partial ? "true" : "false");
            writer.Write(',');
            writer.Write(r.HsStatus);
            writer.Write(',');
            writer.WriteLine(r.HsConfidence);
        }
    }

    private static IEnumerable<string> Expand(HsSelector selector, IReadOnlyList<string> sortedHs6)
    {
        // Subheadings are sorted, so the selector's codes form one contiguous run.
        var lo = LowerBound(sortedHs6, selector.First.PadRight(6, '0'));
        for (var i = lo; i < sortedHs6.Count && selector.ContainsFiner(sortedHs6[i]); i++)
        {
            yield return sortedHs6[i];
        }
    }

    private static int LowerBound(IReadOnlyList<string> sorted, string value)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (string.CompareOrdinal(sorted[mid], value) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static bool Better(JoinRow a, JoinRow b) =>
        (!a.Partial && b.Partial) || (a.Partial == b.Partial && string.CompareOrdinal(a.HsStatus, b.HsStatus) < 0);
}
