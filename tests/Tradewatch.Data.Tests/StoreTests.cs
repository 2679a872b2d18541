using System.Globalization;
using Tradewatch.Data.Store;
using Tradewatch.Data.Tests.Support;

namespace Tradewatch.Data.Tests;

public sealed class StoreTests
{
    [Fact]
    public void Should_Create_And_Seed_A_New_Store()
    {
        using var t = new TempStore();

        Assert.Equal(Migrations.Available[^1].Version, t.Count("SELECT max(version) FROM schema_version"));
        Assert.Equal(Migrations.Available.Count, t.Count("SELECT count(*) FROM schema_version"));
        Assert.True(t.Count("SELECT count(*) FROM areas WHERE kind = 'country'") > 240);
        Assert.Equal(1, t.Count("SELECT count(*) FROM areas WHERE code = 'WLD' AND kind = 'aggregate'"));
        Assert.Equal(1, t.Count("SELECT count(*) FROM hs_codes WHERE revision = 'HS2022' AND code = '270112' AND section = 'V'"));
        Assert.Equal(1, t.Count("SELECT count(*) FROM hs_codes WHERE revision = 'HS1992' AND code = '010111'"));
        Assert.True(t.Count("SELECT count(DISTINCT revision) FROM hs_codes") == 7);
        Assert.True(t.Count("SELECT count(*) FROM hs_correspondence WHERE from_revision = 'HS2012' AND to_revision = 'HS2017'") > 5000);
        Assert.Equal(21, t.Count("SELECT count(*) FROM hs_sections"));
    }

    [Fact]
    public void Should_Move_A_Version_2_Ledger_Into_The_Narrow_Tables_Unchanged()
    {
        // A store as schema 002 left it, with rows that exercise every encoding of 003: both sides, re-exports,
        // leading-zero and missing HS codes, missing revisions, national lines, units old and new, aggregates.
        var folder = Path.Combine(Path.GetTempPath(), "tw-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "v2.duckdb");
        const string everyRow = "SELECT * FROM {0} ORDER BY dataset_id, source_line";
        List<string> flowsBefore, aggregatesBefore;
        try
        {
            using (var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={path}"))
            {
                connection.Open();
                Migrations.Execute(connection, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
                foreach (var (version, name) in Migrations.Available.Where(m => m.Version <= 2))
                {
                    Migrations.Execute(connection, Migrations.Load(name));
                    Migrations.Execute(connection, $"INSERT INTO schema_version VALUES ({version}, '{name}', now())");
                }
                Migrations.Execute(connection, """
                    INSERT INTO areas VALUES ('CHN', 'China', 'country', 156, 'CN'), ('PRK', 'Korea, Dem. People''s Rep.', 'country', 408, 'KP'),
                        ('RUS', 'Russian Federation', 'country', 643, 'RU'), ('WLD', 'World', 'aggregate', 0, NULL);
                    INSERT INTO datasets VALUES (1, 'old', 'comtrade', 'old.csv', 'x', 3, 1, 0, 'units', now());
                    INSERT INTO trade_flows VALUES
                        (1, 2, 'RUS', 'PRK', 'RUS', 'exporter', 'export', DATE '2016-01-01', DATE '2016-12-31', 'HS2012', '27', NULL, 57552468.00, 1.5, 2, 'kg', false, NULL),
                        (1, 3, 'PRK', 'CHN', 'CHN', 'importer', 'import', DATE '2017-03-01', DATE '2017-03-31', 'HS1992', '010121', '0101210010', 12.34, NULL, 7, 'шт', true, 'E'),
                        (1, 4, 'CHN', 'PRK', 'CHN', 'exporter', 're-export', DATE '2017-01-01', DATE '2017-05-31', NULL, NULL, NULL, 0.5, NULL, NULL, NULL, false, NULL),
                        (1, 5, 'RUS', 'CHN', 'CHN', 'importer', 're-import', DATE '2015-01-01', DATE '2015-12-31', 'HS2022', '2701', NULL, 1, NULL, NULL, NULL, false, NULL);
                    INSERT INTO trade_aggregates VALUES
                        (1, 6, 'RUS', 'WLD', 'RUS', 'exporter', 'export', DATE '2016-01-01', DATE '2016-12-31', 'HS2012', '27', NULL, 99.99, NULL, 3, 'kg', false, NULL, 'partner-aggregate');
                    """);
                flowsBefore = Rows(connection, string.Format(CultureInfo.InvariantCulture, everyRow, "trade_flows"));
                aggregatesBefore = Rows(connection, string.Format(CultureInfo.InvariantCulture, everyRow, "trade_aggregates"));
            }

            using (var store = TradewatchStore.Open(path))
            {
                Assert.Equal(4, flowsBefore.Count);
                Assert.Equal(flowsBefore, Rows(store.Connection, string.Format(CultureInfo.InvariantCulture, everyRow, "trade_flows")));
                Assert.Equal(aggregatesBefore, Rows(store.Connection, string.Format(CultureInfo.InvariantCulture, everyRow, "trade_aggregates")));
                Assert.Equal("base table", Scalar(store, "SELECT lower(table_type) FROM information_schema.tables WHERE table_name = 'ledger_rows'"));
                Assert.Equal("view", Scalar(store, "SELECT lower(table_type) FROM information_schema.tables WHERE table_name = 'trade_flows'"));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? Scalar(TradewatchStore store, string sql) => store.Command(sql).ExecuteScalar()?.ToString();

    private static List<string> Rows(System.Data.Common.DbConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i =>
                $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))}:{reader.GetFieldType(i).Name}")));
        }
        return rows;
    }

    [Fact]
    public void Should_Not_Seed_Or_Migrate_Twice_When_Reopened()
    {
        using var t = new TempStore();
        var areas = t.Count("SELECT count(*) FROM areas");

        t.Reopen();

        Assert.Equal(areas, t.Count("SELECT count(*) FROM areas"));
        Assert.Equal(Migrations.Available.Count, t.Count("SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public void Should_Use_TRADEWATCH_DB_As_The_Default_Path()
    {
        var before = Environment.GetEnvironmentVariable("TRADEWATCH_DB");
        try
        {
            Environment.SetEnvironmentVariable("TRADEWATCH_DB", "/tmp/elsewhere.duckdb");
            Assert.Equal("/tmp/elsewhere.duckdb", TradewatchStore.DefaultPath);
            Environment.SetEnvironmentVariable("TRADEWATCH_DB", null);
            Assert.Equal("tradewatch.duckdb", TradewatchStore.DefaultPath);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TRADEWATCH_DB", before);
        }
    }

    [Fact]
    public void Should_Bind_Named_Parameters_And_Refuse_A_Missing_One()
    {
        using var t = new TempStore();

        using var ok = t.Store.Command("SELECT count(*) FROM areas WHERE code = $code", ("code", "PRK"));
        Assert.Equal(1L, Convert.ToInt64(ok.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));

        // Pinned DuckDB.NET must throw when a declared parameter has no value (older versions silently bound NULL).
        using var missing = t.Store.Command("SELECT count(*) FROM areas WHERE code = $code");
        Assert.ThrowsAny<Exception>(() => missing.ExecuteScalar());
    }
}
