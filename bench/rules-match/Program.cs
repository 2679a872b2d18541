// Usage (from the repo root):
//   dotnet run -c Release --project bench/rules-match -- [FLOWS=10000000] [RULEBOOKS=rulebooks] [CONCORDANCE=data/reference/hs/hs_concordances_comtrade_consolidated_harvard.csv]
// Compiles the bundled rulebooks into the HS6 × direction × date-interval join table, generates synthetic HS6 flows
// inside DuckDB, and times the one set-based join that screens them all. Prints rows/s.
using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Tradewatch.Domain;
using Tradewatch.Rules.Compilation;
using Tradewatch.Rules.Hs;
using Tradewatch.Rules.Validation;

var flows = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 10_000_000L;
var rulebooks = args.Length > 1 ? args[1] : "rulebooks";
var concordance = args.Length > 2 ? args[2] : Path.Combine("data", "reference", "hs", "hs_concordances_comtrade_consolidated_harvard.csv");

var clock = Stopwatch.StartNew();
DomainNomenclature nomenclature;
using (var reader = new StreamReader(concordance))
{
    nomenclature = DomainNomenclature.FromCorrespondence(HsCorrespondenceTable.FromConsolidatedCsv(reader));
}
var (set, errors) = RulebookValidator.LoadAndValidate(rulebooks, nomenclature);
if (errors.Count > 0)
{
    foreach (var e in errors)
    {
        Console.Error.WriteLine(e);
    }
    return 1;
}
var rows = JoinTableCompiler.Compile(set, nomenclature);
Console.WriteLine($"compiled {set.Measures.Count} measures into {rows.Count:N0} join rows in {clock.ElapsedMilliseconds} ms");

var work = Directory.CreateTempSubdirectory("tw-rules-bench-");
try
{
    var rulesCsv = Path.Combine(work.FullName, "rules.csv");
    using (var w = new StreamWriter(rulesCsv))
    {
        JoinTableCompiler.WriteCsv(rows, w);
    }
    var codesCsv = Path.Combine(work.FullName, "codes.csv");
    File.WriteAllLines(codesCsv, new[] { "hs6" }.Concat(nomenclature.Subheadings(HsRevision.HS2017)));

    using var db = new DuckDBConnection("DataSource=:memory:");
    db.Open();
    void Exec(string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
    object? Scalar(string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
    // Paths are our own temp files, never user input; DuckDB's read_csv takes no bind parameters for the file name.
    Exec($"CREATE TABLE rules AS SELECT * FROM read_csv('{rulesCsv}', header = true, types = {{'hs6': 'VARCHAR', 'counterpart': 'VARCHAR', 'valid_from': 'DATE', 'valid_to': 'DATE'}})");
    Exec($"CREATE TABLE codes AS SELECT hs6, CAST(row_number() OVER () - 1 AS BIGINT) AS i FROM read_csv('{codesCsv}', header = true, types = {{'hs6': 'VARCHAR'}})");
    Exec("CREATE TABLE pairs AS SELECT * FROM (VALUES (0, 'CHN', 'PRK'), (1, 'PRK', 'CHN'), (2, 'RUS', 'PRK'), (3, 'PRK', 'SGP'), (4, 'DEU', 'PRK'), (5, 'PRK', 'RUS'), (6, 'CHN', 'USA')) t(i, exporter, importer)");
    var codeCount = Convert.ToInt64(Scalar("SELECT count(*) FROM codes"), CultureInfo.InvariantCulture);
    clock.Restart();
    // Constants, not a subquery, in the join keys so that DuckDB uses a hash join to draw codes and country pairs.
    Exec($"""
        CREATE TABLE flows AS
        SELECT r AS id, c.hs6, p.exporter, p.importer, DATE '2015-01-01' + CAST(hash(r * 3) % 2191 AS INTEGER) AS d
        FROM range({flows}) t(r)
        JOIN codes c ON c.i = CAST(hash(r) % {codeCount} AS BIGINT)
        JOIN pairs p ON p.i = CAST(hash(r * 7) % 7 AS INTEGER)
        """);
    Console.WriteLine($"generated {flows:N0} flows in {clock.ElapsedMilliseconds} ms");

    clock.Restart();
    using var cmd = db.CreateCommand();
    cmd.CommandText = """
        SELECT count(*) AS matches, count(DISTINCT f.id) AS flows_hit
        FROM flows f
        JOIN rules r
          ON r.hs6 = f.hs6
         AND f.d BETWEEN r.valid_from AND r.valid_to
         AND ((r.direction = 'to_target' AND r.target = f.importer AND f.exporter <> r.target AND (r.counterpart IS NULL OR r.counterpart = f.exporter))
           OR (r.direction = 'from_target' AND r.target = f.exporter AND f.importer <> r.target AND (r.counterpart IS NULL OR r.counterpart = f.importer)))
        """;
    using var result = cmd.ExecuteReader();
    result.Read();
    var matches = result.GetInt64(0);
    var hit = result.GetInt64(1);
    var seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"matched {flows:N0} flows in {seconds:F2} s: {matches:N0} flow×measure matches, {hit:N0} flows under at least one measure");
    Console.WriteLine($"{flows / seconds:N0} rows/s");
}
finally
{
    work.Delete(recursive: true);
}
return 0;
