using System.Data.Common;
using Tradewatch.Data.Store;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Store;

/// <summary>Reading the claims store back into claims documents.</summary>
public static partial class ClaimsRepository
{
    /// <summary>Every stored article with its claims and checks, in article id order, and the checks across them.</summary>
    public static StoredClaims Load(TradewatchStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var claims = ReadAll(store,
            """
            SELECT article_id, claim_id, kind, flow, from_country, to_country, commodity, hs, value, unit, period_start, period_end,
                   period_inferred, comparison_value, comparison_unit, comparison_start, comparison_end, source, notes, qualifier, measure,
                   span_start, span_end, number_start, number_end, line, col, quote
            FROM claims ORDER BY article_id, claim_id
            """, r => (Article: r.GetInt32(0), Claim: new Claim
            {
                Id = r.GetInt32(1),
                Kind = Enum.Parse<ClaimKind>(r.GetString(2).Replace("_", "", StringComparison.Ordinal), ignoreCase: true),
                Flow = r.IsDBNull(3) ? null : Enum.Parse<ClaimFlow>(r.GetString(3).Replace("_", "", StringComparison.Ordinal), ignoreCase: true),
                From = r.IsDBNull(4) ? null : CountryCode.Parse(r.GetString(4), null),
                To = r.IsDBNull(5) ? null : CountryCode.Parse(r.GetString(5), null),
                Commodity = Text(r, 6),
                Hs = Text(r, 7),
                Value = r.IsDBNull(8) ? null : r.GetDecimal(8),
                Unit = Text(r, 9),
                Period = PeriodAt(r, 10),
                PeriodInferred = r.GetBoolean(12),
                Comparison = r.IsDBNull(13) && r.IsDBNull(14) && r.IsDBNull(15) ? null
                    : new ClaimComparison(r.IsDBNull(13) ? null : r.GetDecimal(13), Text(r, 14), PeriodAt(r, 15)),
                Source = Text(r, 17),
                Notes = Text(r, 18),
                Qualifier = Text(r, 19),
                Measure = Text(r, 20),
                Span = new TextSpan(r.GetInt32(21), r.GetInt32(22)),
                NumberSpan = new TextSpan(r.GetInt32(23), r.GetInt32(24)),
                Line = r.GetInt32(25),
                Column = r.GetInt32(26),
                Quote = r.GetString(27),
            })).ToLookup(x => x.Article, x => x.Claim);
        var checks = ReadAll(store, "SELECT article_id, check_name, scope, verdict, reason, claim_ids FROM claim_checks ORDER BY article_id, check_no",
            r => (Article: r.GetInt32(0), Check: new ClaimCheck(Ints(r, 5), Verdict(r.GetString(3)), r.GetString(4), r.GetString(1), r.GetString(2))))
            .ToLookup(x => x.Article, x => x.Check);
        var articles = ReadAll(store, "SELECT id, file, sha256, title, date, date_basis, text, checked_at FROM articles ORDER BY id", r =>
        {
            var id = r.GetInt32(0);
            var article = new Article(r.GetString(6), Text(r, 1))
            {
                Title = Text(r, 3),
                Date = r.IsDBNull(4) ? null : DateOnly.FromDateTime(r.GetDateTime(4)),
                DateBasis = Enum.Parse<DateBasis>(r.GetString(5), ignoreCase: true),
            };
            return new StoredArticle(id, r.GetString(2), r.GetDateTime(7), new ClaimsDocument(article, [.. claims[id]], [.. checks[id]]));
        });
        var cross = ReadAll(store, "SELECT check_name, scope, verdict, reason, article_ids, claim_ids FROM claim_cross_checks ORDER BY checked_at, article_ids, claim_ids",
            r => new ClaimCheck(Ints(r, 5), Verdict(r.GetString(2)), r.GetString(3), r.GetString(0), r.GetString(1)) { Documents = Ints(r, 4) });
        return new StoredClaims(articles, cross);
    }

    private static List<T> ReadAll<T>(TradewatchStore store, string sql, Func<DbDataReader, T> map)
    {
        using var cmd = store.Command(sql);
        using var reader = cmd.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(map(reader));
        }
        return list;
    }

    private static string? Text(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static Period? PeriodAt(DbDataReader r, int start) =>
        r.IsDBNull(start) || r.IsDBNull(start + 1) ? null
        : Period.Covering(DateOnly.FromDateTime(r.GetDateTime(start)), DateOnly.FromDateTime(r.GetDateTime(start + 1)));

    private static int[] Ints(DbDataReader r, int i) => r.GetFieldValue<List<int>>(i).ToArray();

    private static CheckVerdict Verdict(string name) => name switch
    {
        "consistent" => CheckVerdict.Consistent,
        "inconsistent" => CheckVerdict.Inconsistent,
        _ => CheckVerdict.CannotCheck,
    };
}
