// Exposure benchmark (not a test): on a generated BACI-format ledger imported the real way, prints seconds for
// (a) exposure of one pair over 30 years and (b) exposure of all pairs of one year, next to the same questions
// written by hand in plain DuckDB SQL, in the same run and on the same connection.
// Usage: run.sh [ROWS] [WORKDIR] (args here: ROWS WORKDIR RULEBOOKS_DIR [REPEATS])
using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Tradewatch.Analytics.Exposure;
using Tradewatch.Analytics.Rulebooks;
using Tradewatch.Data.Import;
using Tradewatch.Data.Reference;
using Tradewatch.Data.Store;
using Tradewatch.Domain;
using Tradewatch.Rules.Hs;
using Tradewatch.Rules.Loading;
using Tradewatch.Rules.Model;

var rows = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 100_000_000;
var work = Path.GetFullPath(args.Length > 1 ? args[1] : "/tmp/tw-bench-exposure");
var rulebooks = args.Length > 2 ? args[2] : throw new ArgumentException("rulebooks folder expected as third argument");
var repeats = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 5;
Directory.CreateDirectory(work);
const int FirstYear = 1988, LastYear = 2017;

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB; .NET {Environment.Version}");
var file = Path.Combine(work, $"baci_exposure_{rows}.csv");
if (!File.Exists(file))
{
    var g = Stopwatch.StartNew();
    Generate(file, rows);
    Console.WriteLine($"generated {rows:N0} rows ({new FileInfo(file).Length / 1e9:F1} GB) in {g.Elapsed.TotalSeconds:F1} s: {file}");
}
var db = Path.Combine(work, $"exposure_{rows}.duckdb");
using var store = OpenImported(db, file, rows);
var loaded = RulebookLoader.LoadPath(rulebooks);
if (!loaded.Ok)
{
    throw new InvalidOperationException(string.Join('\n', loaded.Errors));
}
RuleTables.Sync(store, new RulebookSet(loaded.Rulebooks), new DomainNomenclature(HsNomenclatureLoader.Default), RuleTables.ContentHash(rulebooks));

var prk = CountryCode.Parse("PRK");
var chn = CountryCode.Parse("CHN");
var thirtyYears = Period.Years(FirstYear, LastYear);
var oneYear = Period.Year(2017);
Console.WriteLine();
Console.WriteLine($"{"question",-44} {"tradewatch s",13} {"hand SQL s",11} {"ratio",6}  check");
Compare("one pair (PRK->CHN) x 30 years, by year",
    () => ExposureQuery.Run(store, new ExposureRequest(prk, chn) { Period = thirtyYears }).Sum(p => p.TotalUsd),
    () => HandWritten(store, "PRK", "CHN", thirtyYears));
Compare("all pairs of 2017",
    () => ExposureQuery.RunAllPairs(store, oneYear).Sum(p => p.Exposure.TotalUsd),
    () => HandWritten(store, null, null, oneYear));

void Compare(string question, Func<decimal> tradewatch, Func<decimal> hand)
{
    // One untimed run each to warm DuckDB's caches; then the median of REPEATS runs, alternating the two.
    var (tw, hw) = (tradewatch(), hand());
    var a = new List<double>();
    var b = new List<double>();
    for (var i = 0; i < repeats; i++)
    {
        a.Add(Time(() => tradewatch()));
        b.Add(Time(() => hand()));
    }
    var (ma, mb) = (Median(a), Median(b));
    var check = tw == hw ? $"same total {tw:N0} USD" : $"TOTALS DIFFER {tw:N0} vs {hw:N0}";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{question,-44} {ma,13:F3} {mb,11:F3} {ma / mb,6:F2}  {check}; runs tw [{string.Join(' ', a.Select(x => x.ToString("F3", CultureInfo.InvariantCulture)))}] hand [{string.Join(' ', b.Select(x => x.ToString("F3", CultureInfo.InvariantCulture)))}]"));
}

static double Time(Action action)
{
    var clock = Stopwatch.StartNew();
    action();
    return clock.Elapsed.TotalSeconds;
}

static double Median(List<double> xs)
{
    var s = xs.Order().ToList();
    return s.Count % 2 == 1 ? s[s.Count / 2] : (s[(s.Count / 2) - 1] + s[s.Count / 2]) / 2;
}

// The same question as tradewatch's exposure, as an analyst would write it straight against the tables: rows of the
// pair(s) and period, joined to the compiled rule tables by direction, party and HS code, each row's value pro-rated
// by the days a ban (else a cap) was in force. It skips what the generated ledger cannot exercise (one dataset, one
// side, one HS level: the chosen_flows policy picks every row) and the day-segment precedence of wind-downs.
static decimal HandWritten(TradewatchStore store, string? exporter, string? importer, Period period)
{
    // Written as a person would: the pair filter only when there is a pair (no "IS NULL OR" parameter tricks).
    var pair = exporter is null ? "" : "exporter = $e AND importer = $i AND";
    using var cmd = store.Command($$"""
        WITH f AS (
            SELECT row_number() OVER () AS fid, exporter, importer, period_start, period_end,
                   (period_end - period_start + 1) AS days, hs_code, coalesce(hs_revision, '?') AS rev, value_usd
            FROM trade_flows
            WHERE {{pair}} period_start >= $s AND period_end <= $t
        ),
        hits AS (
            SELECT f.fid, a.measure_id, greatest(a.valid_from, f.period_start) AS d_from, least(a.valid_to, f.period_end) AS d_to
            FROM f
            JOIN rule_applies a ON a.direction = 'to_target' AND a.target = f.importer AND coalesce(a.counterpart, f.exporter) = f.exporter
            JOIN rule_coverage c ON c.measure_id = a.measure_id AND c.rev_key = f.rev AND c.code = f.hs_code
            WHERE a.valid_from <= f.period_end AND a.valid_to >= f.period_start
            UNION ALL
            SELECT f.fid, a.measure_id, greatest(a.valid_from, f.period_start), least(a.valid_to, f.period_end)
            FROM f
            JOIN rule_applies a ON a.direction = 'from_target' AND a.target = f.exporter AND coalesce(a.counterpart, f.importer) = f.importer
            JOIN rule_coverage c ON c.measure_id = a.measure_id AND c.rev_key = f.rev AND c.code = f.hs_code
            WHERE a.valid_from <= f.period_end AND a.valid_to >= f.period_start
        ),
        per_row AS (
            SELECT h.fid,
                   max(h.d_to - h.d_from + 1) FILTER (WHERE m.type = 'ban') AS ban_days,
                   max(h.d_to - h.d_from + 1) FILTER (WHERE m.type = 'cap') AS cap_days
            FROM hits h JOIN rule_measures m USING (measure_id)
            WHERE m.basis <> 'list'
            GROUP BY h.fid
        )
        SELECT sum(total) FROM (
            SELECT f.exporter, f.importer, year(f.period_start) AS yr,
                   sum(f.value_usd) AS total,
                   sum(f.value_usd::DOUBLE * coalesce(r.ban_days, 0) / f.days) AS banned,
                   sum(f.value_usd::DOUBLE * least(coalesce(r.cap_days, 0), f.days - coalesce(r.ban_days, 0)) / f.days) AS capped
            FROM f LEFT JOIN per_row r USING (fid)
            GROUP BY ALL
        )
        """, [.. exporter is null ? Array.Empty<(string, object?)>() : [("e", exporter), ("i", importer)], ("s", period.StartDate), ("t", period.EndDate)]);
    return cmd.ExecuteScalar() is decimal d ? d : 0m;
}

static TradewatchStore OpenImported(string db, string file, long rows)
{
    if (File.Exists(db))
    {
        var existing = TradewatchStore.Open(db);
        using var count = existing.Command("SELECT count(*) FROM trade_flows");
        if (Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture) == rows)
        {
            Console.WriteLine($"reusing imported store {db} ({rows:N0} rows)");
            return existing;
        }
        existing.Dispose();
        File.Delete(db);
        File.Delete(db + ".wal");
    }
    var store = TradewatchStore.Open(db);
    var clock = Stopwatch.StartNew();
    var result = LedgerImporter.Import(store, new ImportOptions("baci", file, "baci-bench") { HsRevision = HsRevision.HS1992 });
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"imported {result.Rows:N0} rows (+{result.AggregateRows:N0} aggregate) with LedgerImporter (DuckDB fast path) in {clock.Elapsed.TotalSeconds:F1} s ({result.Rows / clock.Elapsed.TotalSeconds:N0} rows/s)"));
    if (result.Rows != rows)
    {
        throw new InvalidOperationException($"expected {rows} rows in the ledger, imported {result.Rows}");
    }
    return store;
}

// BACI-format rows over 30 years: ~200 real countries (the DPRK, China and Russia always among them) and ~5,000 real
// HS92 subheadings written as BACI does (leading zero dropped), Pareto-like values in thousand USD, 5% 'NA'
// quantities. The first 3,000 rows of each year are China -> DPRK and DPRK -> China trade (in BACI the pair has a few
// thousand lines a year); the rest is spread over all pairs. Written by DuckDB's parallel COPY, not row by row.
static void Generate(string path, long rows)
{
    var countries = CountryCatalogLoader.Default.Numbers.Where(kv => kv.Value.Kind == AreaKind.Country && kv.Key == kv.Value.M49)
        .Select(kv => kv.Key).OrderBy(k => k).Take(197).Concat([156, 408, 643]).Distinct().ToArray();
    var codes = HsNomenclatureLoader.Default.EntriesOf(HsRevision.HS1992).Where(e => e.Code.Level == 6)
        .Select(e => e.Code.Digits.TrimStart('0')).OrderBy(c => c, StringComparer.Ordinal).ToArray();
    // Every 27th and 26th chapter subheading (where the sanctions are) plus an even spread of the rest, 5,000 in all.
    var picked = codes.Where(c => c.StartsWith("27", StringComparison.Ordinal) || c.StartsWith("26", StringComparison.Ordinal))
        .Concat(codes.Where((_, i) => i % Math.Max(1, codes.Length / 5000) == 0)).Distinct().Take(5000).ToArray();
    using var connection = new DuckDBConnection("Data Source=:memory:");
    connection.Open();
    // Number the list elements by their subscripts (a window over unnest would number the single input row).
    Exec(connection, "CREATE TABLE cs AS SELECT (i - 1)::BIGINT AS idx, l[i]::INTEGER AS num FROM (SELECT $v AS l, unnest(range(1, len($v) + 1)) AS i)", ("v", countries));
    Exec(connection, "CREATE TABLE ks AS SELECT (i - 1)::BIGINT AS idx, l[i]::VARCHAR AS code FROM (SELECT $v AS l, unnest(range(1, len($v) + 1)) AS i)", ("v", picked));
    using (var check = connection.CreateCommand())
    {
        check.CommandText = "SELECT (SELECT count(DISTINCT idx) FROM cs) = (SELECT count(*) FROM cs) AND (SELECT count(DISTINCT idx) FROM ks) = (SELECT count(*) FROM ks)";
        if (check.ExecuteScalar() is not true)
        {
            throw new InvalidOperationException("generator lookup tables are not numbered one row per element");
        }
    }
    var nc = countries.Length;
    var chn = Array.IndexOf(countries, 156);
    var prk = Array.IndexOf(countries, 408);
    // Row order in the file does not matter; without this DuckDB buffers to keep it and memory grows with ROWS.
    Exec(connection, "SET preserve_insertion_order = false");
    var nk = picked.Length;
    // COPY takes no prepared parameters; the numbers below are computed integers and the path is escaped, never user text.
    var sql = string.Create(CultureInfo.InvariantCulture, $"""
        COPY (
            WITH g AS (
                SELECT r, {FirstYear} + (r % 30) AS t,
                       CASE WHEN r < 90000 THEN CASE WHEN (r // 30) % 2 = 0 THEN {chn} ELSE {prk} END
                            ELSE hash(r) % {nc} END AS ii,
                       hash(r * 7 + 1) % {nk} AS kk,
                       0.0015 * pow(1 - random(), -1 / 1.1) AS v
                FROM range({rows}) t(r)
            ),
            h AS (
                SELECT g.*, CASE WHEN r < 90000 THEN CASE WHEN (r // 30) % 2 = 0 THEN {prk} ELSE {chn} END
                                 ELSE (ii + 1 + hash(r * 13 + 5) % {nc - 1}) % {nc} END AS jj
                FROM g
            )
            SELECT h.t, ci.num AS i, cj.num AS j, k.code AS k, printf('%.3f', h.v) AS v,
                   CASE WHEN h.r % 20 = 7 THEN 'NA' ELSE printf('%.3f', h.v / 2.7) END AS q
            FROM h
            JOIN cs ci ON ci.idx = h.ii
            JOIN cs cj ON cj.idx = h.jj
            JOIN ks k ON k.idx = h.kk
        ) TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (HEADER, DELIMITER ',')
        """);
    Exec(connection, sql);
}

static void Exec(DuckDBConnection connection, string sql, params (string Name, object Value)[] parameters)
{
    using var cmd = connection.CreateCommand();
    cmd.CommandText = sql;
    foreach (var (name, value) in parameters)
    {
        cmd.Parameters.Add(new DuckDBParameter(name, value));
    }
    cmd.ExecuteNonQuery();
}
