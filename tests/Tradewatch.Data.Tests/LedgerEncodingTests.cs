using Tradewatch.Data.Import;
using Tradewatch.Data.Tests.Support;
using Tradewatch.Domain;

namespace Tradewatch.Data.Tests;

/// <summary>The importer (C#) and the <c>ledger_row</c> macro and views (SQL) must agree on schema 003's encodings.</summary>
public sealed class LedgerEncodingTests
{
    [Theory]
    [InlineData("27")]
    [InlineData("010121")]
    [InlineData("0101")]
    [InlineData("271012")]
    public void Should_Keep_Leading_Zeros_Of_An_Hs_Code(string digits)
    {
        using var t = new TempStore();
        var encoded = LedgerRowSource.EncodeHsCode(digits);

        using var cmd = t.Store.Command("SELECT substr(CAST($n AS VARCHAR), 2), hs_code FROM ledger_row(1, 1, 'RUS', 'PRK', 'export', DATE '2016-01-01', DATE '2016-12-31', NULL, $d, NULL, 1, NULL, NULL, NULL, false, NULL, NULL)",
            ("n", encoded), ("d", digits));
        using var reader = cmd.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(digits, reader.GetString(0));
        Assert.Equal(encoded, reader.GetInt32(1));
    }

    [Fact]
    public void Should_Refuse_A_National_Line_As_An_Hs_Code() =>
        Assert.Throws<ArgumentException>(() => LedgerRowSource.EncodeHsCode("2710124111"));

    [Fact]
    public void Should_Encode_Every_Kind_Estimate_And_Reason_As_The_Sql_Macro_Does()
    {
        using var t = new TempStore();
        string?[] reasons = [null, "partner-aggregate", "commodity-total", "breakdown"];
        foreach (var kind in Enum.GetValues<FlowKind>())
        {
            foreach (var estimate in new[] { false, true })
            {
                foreach (var reason in reasons)
                {
                    using var cmd = t.Store.Command(
                        "SELECT attributes FROM ledger_row(1, 1, 'RUS', 'PRK', $k, DATE '2016-01-01', DATE '2016-12-31', NULL, NULL, NULL, 1, NULL, NULL, NULL, $e, NULL, $r)",
                        ("k", kind.Name()), ("e", estimate), ("r", reason));
                    Assert.Equal(LedgerRowSource.EncodeAttributes(kind, estimate, reason), Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
    }

    [Fact]
    public void Should_Decode_What_The_Macro_Encodes()
    {
        using var t = new TempStore();
        foreach (var sql in (string[])[
            "INSERT INTO quantity_units VALUES (7, 'kg')",
            "INSERT INTO ledger_rows SELECT * FROM ledger_row(1, 2, 'PRK', 'CHN', 're-import', DATE '2017-01-01', DATE '2017-05-31', 'HS2022', '0101', '0101210010', 12.34, 5.5, 5.5, 'kg', true, 'E', NULL)",
            "INSERT INTO ledger_rows SELECT * FROM ledger_row(1, 3, 'RUS', 'WLD', 're-export', DATE '2016-01-01', DATE '2016-12-31', 'HS1992', '27', NULL, 99, NULL, NULL, NULL, false, NULL, 'partner-aggregate')",
        ])
        {
            t.Store.Command(sql).ExecuteNonQuery();
        }

        Assert.Equal(1, t.Count("""
            SELECT count(*) FROM trade_flows WHERE source_line = 2 AND exporter = 'PRK' AND importer = 'CHN' AND reporter = 'CHN'
              AND side = 'importer' AND flow_kind = 're-import' AND hs_revision = 'HS2022' AND hs_code = '0101'
              AND national_code = '0101210010' AND value_usd = 12.34 AND quantity_unit = 'kg' AND is_estimate AND flag = 'E'
              AND period_end = DATE '2017-05-31'
            """));
        Assert.Equal(1, t.Count("""
            SELECT count(*) FROM trade_aggregates WHERE source_line = 3 AND reporter = 'RUS' AND side = 'exporter'
              AND flow_kind = 're-export' AND hs_revision = 'HS1992' AND hs_code = '27' AND quantity_unit IS NULL
              AND NOT is_estimate AND reason = 'partner-aggregate'
            """));
        Assert.Equal(0, t.Count("SELECT count(*) FROM trade_flows WHERE source_line = 3"));
    }
}
