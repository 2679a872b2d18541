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
