using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Tradewatch.Data.Store;
using Tradewatch.Rules.Compilation;
using Tradewatch.Rules.Hs;
using Tradewatch.Rules.Model;

namespace Tradewatch.Analytics.Rulebooks;

/// <summary>
/// Keeps the compiled rulebook in the store as tables (<c>Queries/RuleTables.sql</c>), so every analytic is one
/// set-based join of the ledger with the rules. The tables are rebuilt, in one transaction, only when the
/// rulebooks' content hash differs from the one recorded.
/// </summary>
public static class RuleTables
{
    // Part of the hash: a change in how the tables are derived must rebuild them even when the YAML did not change.
    private const string Layout = "rule-tables/2";

    /// <summary>SHA-256 of the rulebook file (or of every *.yaml/*.yml file in the folder, by name) and the table layout.</summary>
    public static string ContentHash(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path).Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList()
            : [path];
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(Layout));
        foreach (var f in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes("\n" + Path.GetFileName(f) + "\n"));
            sha.AppendData(File.ReadAllBytes(f));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>The hash recorded with the loaded tables, or null when none are loaded.</summary>
    public static string? LoadedHash(TradewatchStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var exists = store.Command("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'rulebook_state' AND NOT temporary");
        if (Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            return null;
        }
        using var cmd = store.Command("SELECT any_value(content_hash) FROM rulebook_state");
        return cmd.ExecuteScalar() as string;
    }

    /// <summary>Loads <paramref name="set"/> into the store unless tables with <paramref name="contentHash"/> are already there.</summary>
    /// <returns>True when the tables were (re)built.</returns>
    public static bool Sync(TradewatchStore store, RulebookSet set, IHsNomenclature nomenclature, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(contentHash);
        if (LoadedHash(store) == contentHash)
        {
            return false;
        }
        var rows = JoinTableCompiler.Compile(set, nomenclature);
        using var tx = store.Connection.BeginTransaction();
        Exec(store, Sql.Load("RuleTables"));
        InsertMeasures(store, set);
        InsertApplies(store, rows);
        InsertScope(store, rows);
        InsertExemptions(store, set);
        Exec(store, Sql.Load("Coverage"));
        Exec(store, "INSERT INTO rulebook_state VALUES ($h, $n, now())", ("h", contentHash), ("n", set.Measures.Count));
        tx.Commit();
        return true;
    }

    private static void InsertMeasures(TradewatchStore store, RulebookSet set)
    {
        // Ids are unique across a validated set; keep the first should a broken set slip through.
        var measures = set.Measures.DistinctBy(m => m.Id).ToList();
        Exec(store, """
            INSERT INTO rule_measures
            SELECT unnest($id), unnest($ref), unnest($rulebook), unnest($title), unnest($type), unnest($basis), unnest($direction),
                   unnest($revision), unnest($effective)::DATE, unnest($ends)::DATE, unnest($wind)::DATE, unnest($citation), unnest($status)
            """,
            ("id", measures.Select(m => m.Id).ToArray()),
            ("ref", measures.Select(m => m.Ref).ToArray()),
            ("rulebook", measures.Select(m => m.Rulebook.Id).ToArray()),
            ("title", measures.Select(m => m.Title).ToArray()),
            ("type", measures.Select(m => m.Type.Name()).ToArray()),
            ("basis", measures.Select(m => m.Scope.Basis.Name()).ToArray()),
            ("direction", measures.Select(m => m.Direction.Name()).ToArray()),
            ("revision", measures.Select(m => m.Scope.Revision.ToString()).ToArray()),
            ("effective", measures.Select(m => Day(m.Effective)).ToArray()),
            ("ends", measures.Select(m => Day(m.Ends)).ToArray()),
            ("wind", measures.Select(m => Day(m.WindDown?.Until)).ToArray()),
            ("citation", measures.Select(m => m.Citation.Text).ToArray()),
            ("status", measures.Select(m => m.Status.Name()).ToArray()));
    }

    private static void InsertApplies(TradewatchStore store, IReadOnlyList<JoinRow> rows)
    {
        var applies = rows.Select(r => (r.MeasureId, r.Direction, r.Target, r.Counterpart, r.ValidFrom, r.ValidTo)).Distinct().ToList();
        Exec(store, """
            INSERT INTO rule_applies
            SELECT unnest($id), unnest($direction), unnest($target), unnest($counterpart), unnest($from)::DATE, unnest($to)::DATE
            """,
            ("id", applies.Select(a => a.MeasureId).ToArray()),
            ("direction", applies.Select(a => a.Direction).ToArray()),
            ("target", applies.Select(a => a.Target).ToArray()),
            ("counterpart", applies.Select(a => a.Counterpart).ToArray()),
            ("from", applies.Select(a => Day(a.ValidFrom)).ToArray()),
            ("to", applies.Select(a => Day(a.ValidTo == DateOnly.MaxValue ? new DateOnly(9999, 12, 31) : a.ValidTo)).ToArray()));
    }

    private static void InsertScope(TradewatchStore store, IReadOnlyList<JoinRow> rows)
    {
        // One row per measure and code: direction, target and counterpart live in rule_applies.
        var scope = rows.GroupBy(r => (r.MeasureId, r.Hs6)).Select(g => g.First()).ToList();
        Exec(store, """
            INSERT INTO rule_scope
            SELECT unnest($id), unnest($hs6), unnest($revision), unnest($partial), unnest($status), unnest($confidence)
            """,
            ("id", scope.Select(r => r.MeasureId).ToArray()),
            ("hs6", scope.Select(r => r.Hs6).ToArray()),
            ("revision", scope.Select(r => r.Revision).ToArray()),
            ("partial", scope.Select(r => r.Partial).ToArray()),
            ("status", scope.Select(r => r.HsStatus).ToArray()),
            ("confidence", scope.Select(r => r.HsConfidence).ToArray()));
    }

    private static void InsertExemptions(TradewatchStore store, RulebookSet set)
    {
        var rows = new List<(string Measure, Exemption E, string? First, string? Last)>();
        foreach (var m in set.Measures.DistinctBy(m => m.Id))
        {
            foreach (var (e, _) in set.ExemptionsFor(m))
            {
                if (e.Hs.Count == 0)
                {
                    rows.Add((m.Id, e, null, null));
                }
                else
                {
                    rows.AddRange(e.Hs.Select(h => (m.Id, e, (string?)h.First, (string?)h.Last)));
                }
            }
        }
        if (rows.Count == 0)
        {
            return;
        }
        Exec(store, """
            INSERT INTO rule_exemptions
            SELECT unnest($measure), unnest($id), unnest($name), unnest($detectable), unnest($how), unnest($test), unnest($first), unnest($last)
            """,
            ("measure", rows.Select(r => r.Measure).ToArray()),
            ("id", rows.Select(r => r.E.Id).ToArray()),
            ("name", rows.Select(r => r.E.Name).ToArray()),
            ("detectable", rows.Select(r => r.E.Detectable.Name()).ToArray()),
            ("how", rows.Select(r => r.E.How).ToArray()),
            ("test", rows.Select(r => r.E.Test.ToString().ToLowerInvariant()).ToArray()),
            ("first", rows.Select(r => r.First).ToArray()),
            ("last", rows.Select(r => r.Last).ToArray()));
    }

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Exec(TradewatchStore store, string sql, params (string, object?)[] parameters)
    {
        using var cmd = store.Command(sql, parameters);
        cmd.ExecuteNonQuery();
    }
}
