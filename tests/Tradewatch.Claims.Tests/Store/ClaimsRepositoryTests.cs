using DuckDB.NET.Data;
using Tradewatch.Claims.Intake;
using Tradewatch.Claims.Store;
using Tradewatch.Claims.Tests.Support;
using Tradewatch.Data.Store;

namespace Tradewatch.Claims.Tests.Store;

public sealed class ClaimsRepositoryTests : IDisposable
{
    private const string TextA = "Russia's exports to North Korea rose 20 percent to $42 million in 2016 from $32 million a year earlier.";
    private const string TextB = "Russia's exports to North Korea were $40 million in 2016, Russian customs said.";

    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private static ClaimsDocument Checked(string text, string file) =>
        ClaimChecker.Default.Check(ClaimExtractor.Default.Extract(ArticleReader.FromText(text, file, new ArticleReaderOptions { Date = new DateOnly(2017, 3, 1) })));

    private long Count(string table)
    {
        // Table names from the tests' own literals only.
        using var cmd = _temp.Store.Command($"SELECT count(*) FROM {table}");
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Should_Read_Back_Articles_Claims_Spans_And_Checks_As_Saved()
    {
        var a = Checked(TextA, "a.txt");
        var b = Checked(TextB, "b.txt");
        var cross = ClaimChecker.Default.CrossCheck([a, b]);

        var ids = ClaimsRepository.Save(_temp.Store, [a, b], cross);
        _temp.Reopen();
        var stored = ClaimsRepository.Load(_temp.Store);

        Assert.Equal(2, stored.Articles.Count);
        var back = stored.Articles.Single(x => x.Id == ids[0]);
        Assert.Equal(ClaimsRepository.Hash(TextA), back.Sha256);
        Assert.Equal(TextA, back.Document.Article.Text);
        Assert.Equal(new DateOnly(2017, 3, 1), back.Document.Article.Date);
        Assert.Equal(a.Claims, back.Document.Claims);
        Assert.All(back.Document.Claims, c => Assert.Equal(c.Quote, TextA[c.Span.Start..c.Span.End]));
        Assert.Equal(a.Checks.Select(c => (c.Verdict, c.Reason, c.Check, string.Join(",", c.Claims))),
            back.Document.Checks.Select(c => (c.Verdict, c.Reason, c.Check, string.Join(",", c.Claims))));
        Assert.NotEmpty(back.Document.Checks);
        var crossBack = Assert.Single(stored.CrossChecks);
        Assert.Equal(ids, crossBack.Documents);
        Assert.Equal(cross[0].Reason, crossBack.Reason);
    }

    [Fact]
    public void Should_Replace_Not_Duplicate_When_The_Same_Text_Is_Checked_Again()
    {
        var a = Checked(TextA, "a.txt");
        var b = Checked(TextB, "b.txt");
        var first = ClaimsRepository.Save(_temp.Store, [a, b], ClaimChecker.Default.CrossCheck([a, b]));
        var claims = Count("claims");
        var checks = Count("claim_checks");

        // Same texts under other names: same articles, the latest file name kept.
        var again = ClaimsRepository.Save(_temp.Store, [Checked(TextA, "renamed.txt"), b], ClaimChecker.Default.CrossCheck([a, b]));

        Assert.Equal(first, again);
        Assert.Equal(2, Count("articles"));
        Assert.Equal(claims, Count("claims"));
        Assert.Equal(checks, Count("claim_checks"));
        Assert.Equal(1, Count("claim_cross_checks"));
        Assert.Equal("renamed.txt", ClaimsRepository.Load(_temp.Store).Articles.Single(x => x.Id == first[0]).Document.Article.File);
    }

    [Fact]
    public void Should_Keep_Cross_Checks_With_Articles_Outside_The_Batch()
    {
        var a = Checked(TextA, "a.txt");
        var b = Checked(TextB, "b.txt");
        ClaimsRepository.Save(_temp.Store, [a, b], ClaimChecker.Default.CrossCheck([a, b]));

        ClaimsRepository.Save(_temp.Store, [a], []);

        Assert.Equal(1, Count("claim_cross_checks"));
    }

    [Fact]
    public void Should_Upgrade_A_Store_Made_Before_The_Claims_Tables()
    {
        // A store as the first release left it: schema 001 only, with a ledger row in it.
        var path = _temp.PathOf("old.duckdb");
        using (var connection = new DuckDBConnection($"Data Source={path}"))
        {
            connection.Open();
            using var stream = typeof(TradewatchStore).Assembly.GetManifestResourceStream("Tradewatch.Data.Schema.001_initial.sql")!;
            using var reader = new StreamReader(stream);
            foreach (var sql in (string[])[
                "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)",
                reader.ReadToEnd(),
                "INSERT INTO schema_version VALUES (1, '001_initial', now())",
                "INSERT INTO datasets VALUES (1, 'old', 'dots', 'old.csv', 'x', 1, 0, 0, 'millions', now())",
                "INSERT INTO areas VALUES ('PRK', 'Korea, Dem. People''s Rep.', 'country', 408, 'KP'), ('RUS', 'Russian Federation', 'country', 643, 'RU')",
                "INSERT INTO trade_flows (dataset_id, source_line, exporter, importer, reporter, side, flow_kind, period_start, period_end, value_usd, is_estimate) VALUES (1, 2, 'RUS', 'PRK', 'RUS', 'exporter', 'export', DATE '2016-01-01', DATE '2016-12-31', 68023000, false)",
            ])
            {
                using var cmd = connection.CreateCommand();
                cmd.CommandText = sql;
                cmd.ExecuteNonQuery();
            }
        }

        using var store = TradewatchStore.Open(path);
        var document = ClaimChecker.Default.WithLedger(new Claims.Ledger.LedgerClaimCheck(store)).Check(
            ClaimExtractor.Default.Extract(ArticleReader.FromText("Russia's exports to North Korea were $68 million in 2016.", "t.txt", new ArticleReaderOptions { Date = new DateOnly(2017, 3, 1) })));
        ClaimsRepository.Save(store, [document], []);

        using var versions = store.Command("SELECT string_agg(version::VARCHAR, ',' ORDER BY version) FROM schema_version");
        Assert.Equal("1,2,3", versions.ExecuteScalar());
        var back = Assert.Single(ClaimsRepository.Load(store).Articles);
        Assert.Equal(CheckVerdict.Consistent, Assert.Single(back.Document.Checks, c => c.Check == "ledger").Verdict);
    }
}
