using Tradewatch.Data.Import;
using Tradewatch.Data.Queries;
using Tradewatch.Data.Tests.Support;
using Tradewatch.Domain;

namespace Tradewatch.Data.Tests;

public sealed class ImporterTests
{
    private static decimal Value(TempStore t, string exporter, string importer, int year, string? hs, string? dataset = null)
    {
        using var cmd = t.Store.Command(
            "SELECT coalesce(sum(value_usd), 0) FROM trade_flows f JOIN datasets d ON d.id = f.dataset_id WHERE exporter = $e AND importer = $i AND reporter = $e AND year(period_start) = $y AND hs_code IS NOT DISTINCT FROM $hs AND ($d IS NULL OR d.name = $d)",
            ("e", exporter), ("i", importer), ("y", year), ("hs", hs), ("d", dataset));
        return Convert.ToDecimal(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public sealed class Atomicity
    {
        [Fact]
        public void Should_Roll_Back_Everything_When_Storing_Fails_Midway()
        {
            // A store that lost an area the catalog knows: the failure happens inside DuckDB's insert, on the
            // storing thread, after other rows went in. It must come back as itself and leave nothing behind.
            using var t = new TempStore();
            t.Store.Command("DELETE FROM areas WHERE code = 'SEN'").ExecuteNonQuery();

            var error = Assert.Throws<InvalidOperationException>(() => LedgerImporter.Import(t.Store,
                new ImportOptions("baci", TempStore.Fixture("baci_2021_first2000.csv")) { HsRevision = HsRevision.HS1992 }));

            Assert.Contains("'SEN'", error.Message, StringComparison.Ordinal);
            Assert.Equal(0, t.Count("SELECT count(*) FROM ledger_rows") + t.Count("SELECT count(*) FROM datasets") + t.Count("SELECT count(*) FROM quantity_units"));
            // The connection is usable afterwards: the same file imports once the area is back.
            t.Store.Command("INSERT INTO areas VALUES ('SEN', 'Senegal', 'country', 686, 'SN', 32000)").ExecuteNonQuery();
            Assert.Equal(2000, LedgerImporter.Import(t.Store, new ImportOptions("baci", TempStore.Fixture("baci_2021_first2000.csv")) { HsRevision = HsRevision.HS1992 }).Rows);
        }
    }

    public sealed class Connection
    {
        [Fact]
        public void Should_Import_Again_After_The_Connection_Was_Closed_And_Opened()
        {
            using var t = new TempStore();
            LedgerImporter.Import(t.Store, new ImportOptions("baci", TempStore.Fixture("baci_2021_first2000.csv")) { HsRevision = HsRevision.HS1992 });

            t.Store.Connection.Close();
            t.Store.Connection.Open();
            var again = LedgerImporter.Import(t.Store, new ImportOptions("dots", TempStore.Fixture("imf_dots_rus_prk_2010_2020.csv")));

            Assert.False(again.AlreadyImported);
            Assert.True(again.Rows > 0);
        }
    }

    public sealed class Comtrade
    {
        [Fact]
        public void Should_Import_Russias_Declared_Hs27_Exports_To_The_DPRK()
        {
            using var t = new TempStore();

            var result = t.Import("comtrade", "comtrade_dprk_hs27_hs44.csv");

            Assert.Equal(1934, result.Rows + result.AggregateRows);
            Assert.Equal(57_552_468m, Value(t, "RUS", "PRK", 2016, "27"));
            Assert.Equal(61_644_077m, Value(t, "RUS", "PRK", 2017, "27"));
            Assert.Equal(10_453m, Value(t, "RUS", "PRK", 2016, "44"));
            Assert.Equal(1, t.Count("SELECT count(*) FROM trade_flows WHERE exporter = 'RUS' AND importer = 'PRK' AND year(period_start) = 2016 AND hs_code = '27' AND side = 'exporter' AND reporter = 'RUS' AND hs_revision = 'HS2012'"));
        }

        [Fact]
        public void Should_Turn_Imports_Around_So_Goods_Move_From_The_Partner()
        {
            using var t = new TempStore();
            t.Import("comtrade", "comtrade_dprk_hs27_hs44.csv");

            // China reports imports *from* the DPRK: the DPRK is the exporter, China the reporter.
            Assert.True(t.Count("SELECT count(*) FROM trade_flows WHERE exporter = 'PRK' AND importer = 'CHN' AND reporter = 'CHN' AND side = 'importer' AND flow_kind = 'import'") > 0);
            Assert.Equal(0, t.Count("SELECT count(*) FROM trade_flows WHERE reporter <> exporter AND reporter <> importer"));
        }

        [Fact]
        public void Should_Keep_World_Partner_Rows_Apart()
        {
            using var t = new TempStore();

            var result = t.Import("comtrade", "comtrade_gbr_2012_hs72.csv");

            Assert.True(result.AggregateRows > 0);
            Assert.Equal(0, t.Count("SELECT count(*) FROM trade_flows WHERE exporter = 'WLD' OR importer = 'WLD'"));
            Assert.Equal(result.AggregateRows, t.Count("SELECT count(*) FROM trade_aggregates WHERE reason = 'partner-aggregate'"));
        }

        [Fact]
        public void Should_Read_ComtradePlus_Json_And_Keep_Totals_Apart()
        {
            using var t = new TempStore();

            var result = t.Import("comtrade", "comtradeplus_sample.json");

            Assert.Equal(2, result.Rows);
            Assert.Equal(1, result.AggregateRows);
            Assert.Equal(61_644_077m, Value(t, "RUS", "PRK", 2017, "27"));
            Assert.Equal("HS2017", t.Store.Command("SELECT hs_revision FROM trade_flows WHERE year(period_start) = 2017").ExecuteScalar());
        }

        [Fact]
        public void Should_Read_ComtradePlus_Csv_And_Keep_Breakdowns_Apart()
        {
            using var t = new TempStore();

            var result = t.Import("comtrade", "comtradeplus_sample.csv");

            Assert.Equal(2, result.Rows);
            Assert.Equal(1, t.Count("SELECT count(*) FROM trade_aggregates WHERE reason = 'breakdown'"));
            Assert.Equal(61_644_077m, Value(t, "RUS", "PRK", 2017, "27"));
        }
    }

    public sealed class Baci
    {
        [Fact]
        public void Should_Scale_Thousands_And_Repair_Dropped_Leading_Zeros()
        {
            using var t = new TempStore();

            var result = LedgerImporter.Import(t.Store, new ImportOptions("baci", TempStore.Fixture("baci_2021_first2000.csv")) { HsRevision = HsRevision.HS1992 });

            Assert.Equal(2000, result.Rows);
            // First row: 2021,4,24,382390,52.051,"13.235" → Afghanistan to Angola, USD 52,051, 13,235 kg.
            using var cmd = t.Store.Command("SELECT exporter, importer, hs_code, value_usd, net_weight_kg, quantity_unit, hs_revision FROM trade_flows WHERE source_line = 2");
            using var r = cmd.ExecuteReader();
            Assert.True(r.Read());
            Assert.Equal("AFG", r.GetString(0));
            Assert.Equal("AGO", r.GetString(1));
            Assert.Equal("382390", r.GetString(2));
            Assert.Equal(52_051m, r.GetDecimal(3));
            Assert.Equal(13_235d, r.GetDouble(4), 6);
            Assert.Equal("t", r.GetString(5));
            Assert.Equal("HS1992", r.GetString(6));
            Assert.Equal(0, t.Count("SELECT count(*) FROM trade_flows WHERE length(hs_code) <> 6"));
        }

        [Fact]
        public void Should_Take_The_Revision_From_A_BACI_File_Name() =>
            Assert.Equal(HsRevision.HS2017, BaciFormat.RevisionFromFileName("/data/BACI_HS17_Y2021_V202301.csv"));
    }

    public sealed class Dots
    {
        [Theory]
        [InlineData("imf_dots_rus_prk_2010_2020.csv")]
        [InlineData("imf_dots_rus_prk_2010_2020.csv.gz")]
        public void Should_Scale_Millions_And_Read_Gzip(string fixture)
        {
            using var t = new TempStore();

            t.Import("dots", fixture);

            Assert.Equal(68_022_578m, Value(t, "RUS", "PRK", 2016, null));
            Assert.Equal(32_162_673m, Value(t, "RUS", "PRK", 2018, null));
            Assert.True(t.Count("SELECT count(*) FROM trade_aggregates WHERE importer = 'WLD' OR exporter = 'WLD'") > 0);
            // Rows where the DPRK "reports" are IMF estimates from partner data and say so.
            Assert.Equal(0, t.Count("SELECT count(*) FROM trade_flows WHERE reporter = 'PRK' AND NOT is_estimate"));
        }
    }

    public sealed class MappedCsv
    {
        [Fact]
        public void Should_Import_Russian_Customs_Through_The_Shipped_Mapping()
        {
            using var t = new TempStore();
            var mapping = Path.Combine(RepoRoot(), "examples", "mappings", "russian-customs.yaml");

            var result = LedgerImporter.Import(t.Store, new ImportOptions("csv", TempStore.Fixture("russian_customs_sample.csv")) { MappingPath = mapping });

            Assert.Equal(4, result.Rows);
            Assert.Equal(400_000.50m, Value(t, "RUS", "PRK", 2018, null) + Value(t, "RUS", "PRK", 2018, "271012") + Value(t, "RUS", "PRK", 2018, "271019"));
            Assert.Equal(1, t.Count("SELECT count(*) FROM trade_flows WHERE national_code = '2710124111' AND hs_code = '271012' AND period_start = DATE '2018-01-01' AND period_end = DATE '2018-01-31'"));
            Assert.Equal(1, t.Count("SELECT count(*) FROM trade_flows WHERE exporter = 'PRK' AND importer = 'RUS' AND flow_kind = 'import'"));
            Assert.Equal(1, t.Count("SELECT count(*) FROM trade_flows WHERE quantity = 2 AND quantity_unit = 'шт'"));
        }

        [Fact]
        public void Should_Locate_Errors_In_The_Mapping_File()
        {
            var file = Path.Combine(Path.GetTempPath(), $"map-{Guid.NewGuid():N}.yaml");
            File.WriteAllText(file, "columns:\n  direction:\n    column: D\n    values: {X: sideways}\n  period: {column: P}\n  partner: {column: C}\n  hs: {column: H}\n  value: {column: V, scale: dozens}\n");
            try
            {
                var ex = Assert.Throws<InputException>(() => CsvMapping.Load(file));

                Assert.True(ex.Errors.Any(e => e.ToString() == $"{file}:4:17: expected export, import, re-export or re-import (at columns.direction.values), found 'sideways'"), string.Join(Environment.NewLine, ex.Errors));
                Assert.Contains(ex.Errors, e => e.Message.Contains("(at columns.value.scale), found 'dozens'", StringComparison.Ordinal));
                Assert.Contains(ex.Errors, e => e.Message.Contains("columns.reporter", StringComparison.Ordinal));
            }
            finally
            {
                File.Delete(file);
            }
        }

        /// <summary>The repository root, found from this source file (works whatever the build output folder).</summary>
        internal static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
        {
            var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tradewatch.slnx")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("repo root not found");
        }
    }

    public sealed class BadInput
    {
        [Theory]
        [InlineData("baci", "baci_unknown_country.csv", ":3:10: expected a BACI/M49 country number, found '999'")]
        [InlineData("baci", "baci_bad_hs.csv", ":3:13: expected a 6-digit HS code, found '3823901'")]
        [InlineData("baci", "baci_bad_value.csv", ":2:20: expected a value in thousand USD, found 'abc'")]
        [InlineData("baci", "baci_short_row.csv", ":2:19: expected 6 fields (t,i,j,k,v,q), found 4: '2021,710,24,382390'")]
        [InlineData("baci", "baci_missing_column.csv", ":1:1: expected a column named 'j' in the header, found none")]
        [InlineData("baci", "baci_not_utf8.csv", ":2:25: expected UTF-8 text, found an invalid byte (pass --encoding windows-1252 if the file was saved by Excel or an older tool)")]
        [InlineData("comtrade", "comtrade_bad_flow_and_period.csv", ":3:16: expected a trade flow code (1 Import, 2 Export, 3 Re-export, 4 Re-import, or M/X/RX/RM), found '7'")]
        [InlineData("comtrade", "comtrade_bad_flow_and_period.csv", ":4:9: expected a Comtrade period (YYYY or YYYYMM), found '16'")]
        [InlineData("comtrade", "comtrade_truncated.json", "expected valid JSON")]
        [InlineData("dots", "dots_unknown_name.csv", ":3:20: expected a known IMF country or area name, found 'Narnia'")]
        public void Should_Refuse_The_File_With_A_Located_Error_And_Leave_The_Store_As_It_Was(string format, string fixture, string expected)
        {
            using var t = new TempStore();
            t.Import("comtrade", "comtradeplus_sample.json");
            var before = t.Count("SELECT count(*) FROM trade_flows");

            var ex = Assert.Throws<InputException>(() => t.Import(format, "bad/" + fixture));

            Assert.True(
                ex.Errors.Any(e => e.ToString().StartsWith(TempStore.Fixture("bad/" + fixture), StringComparison.Ordinal) && e.ToString().Contains(expected, StringComparison.Ordinal)),
                string.Join(Environment.NewLine, ex.Errors));
            Assert.Equal(before, t.Count("SELECT count(*) FROM trade_flows"));
            Assert.Equal(1, t.Count("SELECT count(*) FROM datasets"));
            t.Reopen();
            Assert.Equal(before, t.Count("SELECT count(*) FROM trade_flows"));
        }

        [Fact]
        public void Should_Skip_And_Report_Bad_Rows_Within_Max_Errors()
        {
            using var t = new TempStore();

            var result = t.Import("baci", "bad/baci_unknown_country.csv", maxErrors: 1);

            Assert.Equal(1, result.Rows);
            Assert.Equal(1, result.SkippedRows);
            Assert.Single(result.ToleratedErrors);
            Assert.Equal(1, t.Count("SELECT skipped_rows FROM datasets"));
        }

        [Fact]
        public void Should_Read_Windows_1252_When_Told()
        {
            using var t = new TempStore();

            var ex = Assert.Throws<InputException>(() => LedgerImporter.Import(t.Store, new ImportOptions("baci", TempStore.Fixture("bad/baci_not_utf8.csv"))));
            var result = LedgerImporter.Import(t.Store, new ImportOptions("baci", TempStore.Fixture("bad/baci_not_utf8.csv"), MaxErrors: 1)
            {
                Encoding = Csv.TextSources.Windows1252,
            });

            Assert.NotEmpty(ex.Errors);
            Assert.Equal(1, result.SkippedRows); // decoded fine; 'été' is then a bad quantity, reported as such
            Assert.Contains("found 'été'", result.ToleratedErrors[0].Message, StringComparison.Ordinal);
        }
    }

    public sealed class Idempotence
    {
        [Fact]
        public void Should_Do_Nothing_When_The_Same_File_Is_Imported_Again()
        {
            using var t = new TempStore();
            var first = t.Import("comtrade", "comtrade_dprk_hs27_hs44.csv");

            var second = t.Import("comtrade", "comtrade_dprk_hs27_hs44.csv", dataset: "another-name");

            Assert.False(first.AlreadyImported);
            Assert.True(second.AlreadyImported);
            Assert.Equal(first.Dataset, second.Dataset);
            Assert.Equal(first.Rows, t.Count("SELECT count(*) FROM trade_flows"));
            Assert.Equal(1, t.Count("SELECT count(*) FROM datasets"));
        }

        [Fact]
        public void Should_Refuse_A_Name_Clash_Unless_Replacing()
        {
            using var t = new TempStore();
            t.Import("dots", "imf_dots_rus_prk_2010_2020.csv", dataset: "dots");

            var ex = Assert.Throws<InputException>(() => t.Import("comtrade", "comtradeplus_sample.json", dataset: "dots"));
            var replaced = t.Import("comtrade", "comtradeplus_sample.json", dataset: "dots", replace: true);

            Assert.Contains("a dataset named 'dots' already exists", ex.Message, StringComparison.Ordinal);
            Assert.Equal(2, replaced.Rows);
            Assert.Equal(2, t.Count("SELECT count(*) FROM trade_flows"));
            Assert.Equal("comtrade", t.Store.Command("SELECT format FROM datasets").ExecuteScalar());
        }

        [Fact]
        public void Should_Drop_A_Dataset_With_All_Its_Rows()
        {
            using var t = new TempStore();
            t.Import("comtrade", "comtrade_gbr_2012_hs72.csv", dataset: "gbr");

            DatasetsRepository.Drop(t.Store, "gbr");

            Assert.Equal(0, t.Count("SELECT count(*) FROM trade_flows") + t.Count("SELECT count(*) FROM trade_aggregates") + t.Count("SELECT count(*) FROM datasets"));
            Assert.Throws<InputException>(() => DatasetsRepository.Drop(t.Store, "gbr"));
        }
    }
}
