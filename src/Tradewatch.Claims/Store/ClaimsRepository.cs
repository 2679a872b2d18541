using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Tradewatch.Claims.Json;
using Tradewatch.Data.Store;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Store;

/// <summary>
/// Saves checked claims documents in the store (<c>Schema/002_claims.sql</c>) and reads them back. An article is
/// keyed by the SHA-256 of its text: saving the same text again keeps its id and replaces its claims and checks.
/// </summary>
public static partial class ClaimsRepository
{
    /// <summary>
    /// Saves the documents and the checks across them in one transaction; returns the article ids in document order.
    /// Cross checks whose articles are all in this batch replace the ones stored for them.
    /// </summary>
    public static IReadOnlyList<int> Save(TradewatchStore store, IReadOnlyList<ClaimsDocument> documents, IReadOnlyList<ClaimCheck> crossChecks, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(crossChecks);
        var now = (time ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var ids = new List<int>();
        using var tx = store.Connection.BeginTransaction();
        foreach (var document in documents)
        {
            ids.Add(SaveDocument(store, document, now));
        }
        var batch = ids.Distinct().ToArray();
        using (var delete = store.Command("DELETE FROM claim_cross_checks WHERE list_has_all($batch, article_ids)", ("batch", batch)))
        {
            delete.ExecuteNonQuery();
        }
        foreach (var check in crossChecks)
        {
            var articles = (check.Documents ?? []).Select(d => ids[d]).ToArray();
            using var insert = store.Command(
                "INSERT INTO claim_cross_checks VALUES ($check, $scope, $verdict, $reason, $articles, $claims, $at)",
                ("check", check.Check), ("scope", check.Scope), ("verdict", VerdictName(check.Verdict)), ("reason", check.Reason),
                ("articles", articles), ("claims", check.Claims.ToArray()), ("at", now));
            insert.ExecuteNonQuery();
        }
        tx.Commit();
        return ids;
    }

    /// <summary>The SHA-256 (lower-case hex) of the article text as UTF-8: the article's identity in the store.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static int SaveDocument(TradewatchStore store, ClaimsDocument document, DateTime now)
    {
        var a = document.Article;
        var sha = Hash(a.Text);
        var date = a.Date;
        var basis = a.DateBasis.ToString().ToLowerInvariant();
        int id;
        using (var find = store.Command("SELECT id FROM articles WHERE sha256 = $sha", ("sha", sha)))
        {
            var found = find.ExecuteScalar();
            id = found is null or DBNull ? 0 : Convert.ToInt32(found, CultureInfo.InvariantCulture);
        }
        if (id == 0)
        {
            using var next = store.Command("SELECT nextval('article_ids')");
            id = Convert.ToInt32(next.ExecuteScalar(), CultureInfo.InvariantCulture);
            using var insert = store.Command("INSERT INTO articles VALUES ($id, $file, $sha, $title, $date, $basis, $text, $at)",
                ("id", id), ("file", a.File), ("sha", sha), ("title", a.Title), ("date", date), ("basis", basis), ("text", a.Text), ("at", now));
            insert.ExecuteNonQuery();
        }
        else
        {
            // Same text: the article is the same; what it was checked as (file name, --date) is the latest run's.
            using var update = store.Command("UPDATE articles SET file = $file, title = $title, date = $date, date_basis = $basis, checked_at = $at WHERE id = $id",
                ("id", id), ("file", a.File), ("title", a.Title), ("date", date), ("basis", basis), ("at", now));
            update.ExecuteNonQuery();
            foreach (var table in (string[])["claims", "claim_checks"])
            {
                // Table names from this fixed list only, never from input.
                using var delete = store.Command($"DELETE FROM {table} WHERE article_id = $id", ("id", id));
                delete.ExecuteNonQuery();
            }
        }
        foreach (var c in document.Claims)
        {
            using var insert = store.Command(
                """
                INSERT INTO claims VALUES ($article, $claim, $kind, $flow, $from, $to, $commodity, $hs, $value, $unit,
                    $pstart, $pend, $inferred, $cvalue, $cunit, $cstart, $cend, $source, $notes, $qualifier, $measure,
                    $sstart, $send, $nstart, $nend, $line, $col, $quote)
                """,
                ("article", id), ("claim", c.Id), ("kind", ClaimsJson.KindName(c.Kind)), ("flow", c.Flow is { } f ? ClaimsJson.FlowName(f) : null),
                ("from", c.From?.Alpha3), ("to", c.To?.Alpha3), ("commodity", c.Commodity), ("hs", c.Hs), ("value", Fit(c.Value)), ("unit", c.Unit),
                ("pstart", c.Period?.StartDate), ("pend", c.Period?.EndDate), ("inferred", c.PeriodInferred),
                ("cvalue", Fit(c.Comparison?.Value)), ("cunit", c.Comparison?.Unit), ("cstart", c.Comparison?.Period?.StartDate), ("cend", c.Comparison?.Period?.EndDate),
                ("source", c.Source), ("notes", c.Notes), ("qualifier", c.Qualifier), ("measure", c.Measure),
                ("sstart", c.Span.Start), ("send", c.Span.End), ("nstart", c.NumberSpan.Start), ("nend", c.NumberSpan.End),
                ("line", c.Line), ("col", c.Column), ("quote", c.Quote));
            insert.ExecuteNonQuery();
        }
        var no = 0;
        foreach (var check in document.Checks)
        {
            using var insert = store.Command("INSERT INTO claim_checks VALUES ($article, $no, $check, $scope, $verdict, $reason, $claims)",
                ("article", id), ("no", no++), ("check", check.Check), ("scope", check.Scope), ("verdict", VerdictName(check.Verdict)),
                ("reason", check.Reason), ("claims", check.Claims.ToArray()));
            insert.ExecuteNonQuery();
        }
        return id;
    }

    // DECIMAL(38,6) holds any figure an article can state; an absurd one (1e28 of something) is stored as null
    // rather than failing the whole save.
    private static decimal? Fit(decimal? value) =>
        value is { } v && Math.Abs(v) < 1e27m ? Math.Round(v, 6, MidpointRounding.ToEven) : null;

    internal static string VerdictName(CheckVerdict verdict) => verdict switch
    {
        CheckVerdict.Consistent => "consistent",
        CheckVerdict.Inconsistent => "inconsistent",
        _ => "cannot_check",
    };
}
