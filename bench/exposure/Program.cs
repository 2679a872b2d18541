// Exposure benchmark (not a test): on a generated BACI-format ledger plus a smaller second dataset (so the dataset,
// side and HS-level policy has choices to make), imported the real way, prints seconds for (a) exposure of one pair
// over 30 years and (b) exposure of all pairs of one year, next to the same questions written by hand in plain
// DuckDB SQL, in the same run and on the same connection. Exits 1 when the two answers differ in any pair-year.
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
var second = Path.Combine(work, $"comtrade_exposure_{rows}.csv");
if (!File.Exists(file) || !File.Exists(second))
{
    var g = Stopwatch.StartNew();
    Generate(file, second, rows);
    Console.WriteLine($"generated {rows:N0} BACI rows ({new FileInfo(file).Length / 1e9:F1} GB) and a second, Comtrade-format dataset ({new FileInfo(second).Length / 1e9:F2} GB) in {g.Elapsed.TotalSeconds:F1} s: {file}, {second}");
}
var db = Path.Combine(work, $"exposure_{rows}.duckdb");
using var store = OpenImported(db, file, second, rows);
var loaded = RulebookLoader.LoadPath(rulebooks);
if (!loaded.Ok)
{
    throw new InvalidOperationException(string.Join('\n', loaded.Errors));
}
RuleTables.Sync(store, new RulebookSet(loaded.Rulebooks), new DomainNomenclature(HsNomenclatureLoader.Default), RuleTables.ContentHash(rulebooks));
PrintPolicyChoices(store);

var prk = CountryCode.Parse("PRK");
var chn = CountryCode.Parse("CHN");
var thirtyYears = Period.Years(FirstYear, LastYear);
var oneYear = Period.Year(2017);
Console.WriteLine();
Console.WriteLine($"{"question",-44} {"tradewatch s",13} {"hand SQL s",11} {"ratio",6}  check");
var mismatches = 0;
mismatches += Compare("one pair (PRK->CHN) x 30 years, by year",
    () => ExposureQuery.Run(store, new ExposureRequest(prk, chn) { Period = thirtyYears })
        .Select(p => new Answer("PRK", "CHN", p.Period.Start.Year, p.TotalUsd, p.SourceRows, p.Banned.Max)).ToList(),
    () => HandWritten(store, "PRK", "CHN", thirtyYears));
mismatches += Compare("all pairs of 2017",
    () => ExposureQuery.RunAllPairs(store, oneYear)
        .Select(p => new Answer(p.Exporter, p.Importer, p.Exposure.Period.Start.Year, p.Exposure.TotalUsd, p.Exposure.SourceRows, p.Exposure.Banned.Max)).ToList(),
    () => HandWritten(store, null, null, oneYear));
if (mismatches > 0)
{
    Console.Error.WriteLine($"FAILED: tradewatch and the hand-written SQL disagree on {mismatches} pair-years; the timings above compare different answers");
    return 1;
}
return 0;

int Compare(string question, Func<List<Answer>> tradewatch, Func<List<Answer>> hand)
{
    // One untimed run each to warm DuckDB's caches (and to check the answers); then the median of REPEATS runs,
    // alternating the two.
    var (tw, hw) = (tradewatch(), hand());
    var a = new List<double>();
    var b = new List<double>();
    for (var i = 0; i < repeats; i++)
    {
        a.Add(Time(() => tradewatch()));
        b.Add(Time(() => hand()));
    }
    var (ma, mb) = (Median(a), Median(b));
    var bad = Differences(tw, hw);
    var check = bad.Count == 0
        ? $"same {tw.Count:N0} pair-years, rows {tw.Sum(x => x.Rows):N0}, total {tw.Sum(x => x.TotalUsd):N0} USD, banned {tw.Sum(x => x.BannedUsd):N0} USD"
        : $"ANSWERS DIFFER in {bad.Count:N0} of {Math.Max(tw.Count, hw.Count):N0} pair-years";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{question,-44} {ma,13:F3} {mb,11:F3} {ma / mb,6:F2}  {check}; runs tw [{string.Join(' ', a.Select(x => x.ToString("F3", CultureInfo.InvariantCulture)))}] hand [{string.Join(' ', b.Select(x => x.ToString("F3", CultureInfo.InvariantCulture)))}]"));
    foreach (var line in bad.Take(10))
    {
        Console.WriteLine($"  differs: {line}");
    }
    return bad.Count;
}

// Per pair and year: the same rows, the same total to the cent and the same banned value (max of the range) to the
// cent; both sides round to cents, so a difference of a cent is a rounding of doubles, not another answer.
static List<string> Differences(List<Answer> tw, List<Answer> hw)
{
    var left = tw.ToDictionary(x => (x.Exporter, x.Importer, x.Year));
    var right = hw.ToDictionary(x => (x.Exporter, x.Importer, x.Year));
    var bad = new List<string>();
    foreach (var key in left.Keys.Union(right.Keys).Order())
    {
        var l = left.GetValueOrDefault(key);
        var r = right.GetValueOrDefault(key);
        if (l is null || r is null || l.Rows != r.Rows || l.TotalUsd != r.TotalUsd || Math.Abs(l.BannedUsd - r.BannedUsd) > 0.01m)
        {
            bad.Add($"{key}: tradewatch {l?.ToString() ?? "none"}, hand {r?.ToString() ?? "none"}");
        }
    }
    return bad;
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

// The same question as tradewatch's exposure (the rows chosen by the same policy, the same pro-rating of bans), as an
// analyst would write it straight against the tables, knowing this ledger (HS codes of 2, 4 or 6 digits, the finest
// wanted):
// - one dataset per pair and year: the exporter's declarations if there are any, then the dataset with the most
//   distinct goods, then the earliest import; within it one HS level per chapter and period, the finest;
// - those rows joined to the compiled rule tables by direction, party and HS code (codes coarser than HS6 are keyed
//   '*' in rule_coverage), each row's value pro-rated by the days a ban was in force after its wind-down window.
// What it leaves out of tradewatch's answer: caps, wind-down and list-based figures, min..max ranges, the
// per-measure breakdown; banned is the max of tradewatch's range (a ban touching the row's code).
// Of the two ways tried for the level, the faster is kept: a GROUP BY joined back took ~10% less than
// `QUALIFY lvl = max(lvl) OVER (PARTITION BY ...)` on the 100M-row ledger.
static List<Answer> HandWritten(TradewatchStore store, string? exporter, string? importer, Period period)
{
    // Written as a person would: the pair filter only when there is a pair (no "IS NULL OR" parameter tricks).
    var pair = exporter is null ? "" : "exporter = $e AND importer = $i AND";
    using var cmd = store.Command($$"""
        WITH f AS (
            SELECT dataset_id, source_line, exporter, importer, side, year(period_start) AS yr, period_start, period_end,
                   period_end - period_start + 1 AS days, hs_code, coalesce(length(hs_code), 0) AS lvl,
                   coalesce(hs_code, '') AS code_key,
                   CASE WHEN length(hs_code) = 6 THEN coalesce(hs_revision, '?') ELSE '*' END AS rev_key, value_usd
            FROM trade_flows
            WHERE {{pair}} period_start >= $s AND period_end <= $t
        ),
        pick AS (
            SELECT exporter, importer, yr, side, dataset_id
            FROM (SELECT exporter, importer, yr, side, dataset_id, count(DISTINCT hs_code) AS goods FROM f GROUP BY ALL)
            QUALIFY row_number() OVER (PARTITION BY exporter, importer, yr ORDER BY side = 'exporter' DESC, goods DESC, dataset_id) = 1
        ),
        picked AS (SELECT f.* FROM f JOIN pick USING (exporter, importer, yr, side, dataset_id)),
        finest AS (
            SELECT exporter, importer, period_start, period_end, coalesce(hs_code[1:2], '') AS chapter, max(lvl) AS lvl
            FROM picked
            GROUP BY ALL
        ),
        used AS (
            SELECT p.* FROM picked p
            JOIN finest l ON l.exporter = p.exporter AND l.importer = p.importer AND l.period_start = p.period_start
                         AND l.period_end = p.period_end AND l.chapter = coalesce(p.hs_code[1:2], '') AND l.lvl = p.lvl
        ),
        bans AS (
            SELECT a.direction, a.target, a.counterpart, c.rev_key, c.code,
                   CASE WHEN m.wind_down_until IS NULL THEN a.valid_from ELSE greatest(a.valid_from, m.wind_down_until + 1) END AS ban_from,
                   a.valid_to AS ban_to
            FROM rule_applies a
            JOIN rule_measures m USING (measure_id)
            JOIN rule_coverage c USING (measure_id)
            WHERE m.type = 'ban' AND m.basis <> 'list'
        ),
        hits AS (
            SELECT u.dataset_id, u.source_line, greatest(b.ban_from, u.period_start) AS d_from, least(b.ban_to, u.period_end) AS d_to
            FROM used u
            JOIN bans b ON b.direction = 'to_target' AND b.target = u.importer AND b.code = u.code_key AND b.rev_key = u.rev_key
            WHERE coalesce(b.counterpart, u.exporter) = u.exporter AND b.ban_from <= u.period_end AND b.ban_to >= u.period_start
            UNION ALL
            SELECT u.dataset_id, u.source_line, greatest(b.ban_from, u.period_start), least(b.ban_to, u.period_end)
            FROM used u
            JOIN bans b ON b.direction = 'from_target' AND b.target = u.exporter AND b.code = u.code_key AND b.rev_key = u.rev_key
            WHERE coalesce(b.counterpart, u.importer) = u.importer AND b.ban_from <= u.period_end AND b.ban_to >= u.period_start
        ),
        -- Days under some ban, counted once where bans overlap (a row spans at most a year of days).
        banned AS (
            SELECT dataset_id, source_line, count(DISTINCT day) AS ban_days
            FROM (SELECT dataset_id, source_line, unnest(range(d_from - DATE '1900-01-01', d_to - DATE '1900-01-01' + 1)) AS day FROM hits)
            GROUP BY ALL
        )
        SELECT u.exporter, u.importer, u.yr, sum(u.value_usd) AS total, count(*) AS rows,
               sum(u.value_usd::DOUBLE * coalesce(b.ban_days, 0) / u.days) AS banned
        FROM used u LEFT JOIN banned b USING (dataset_id, source_line)
        GROUP BY ALL
        """, [.. exporter is null ? Array.Empty<(string, object?)>() : [("e", exporter), ("i", importer)], ("s", period.StartDate), ("t", period.EndDate)]);
    using var r = cmd.ExecuteReader();
    var answers = new List<Answer>();
    while (r.Read())
    {
        answers.Add(new Answer(r.GetString(0), r.GetString(1), Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture), r.GetDecimal(3),
            Convert.ToInt64(r.GetValue(4), CultureInfo.InvariantCulture), Math.Round((decimal)r.GetDouble(5), 2, MidpointRounding.AwayFromZero)));
    }
    return answers;
}

// How often the policy had a choice to make in the year the all-pairs question asks about, so a reader can see the
// comparison is not between two ways of taking every row.
static void PrintPolicyChoices(TradewatchStore store)
{
    using var cmd = store.Command("""
        WITH f AS (SELECT * FROM trade_flows WHERE period_start >= DATE '2017-01-01' AND period_end <= DATE '2017-12-31'),
        pairs AS (SELECT exporter, importer, count(DISTINCT (dataset_id, side)) AS sources, bool_or(side = 'exporter') AS has_exporter FROM f GROUP BY ALL),
        levels AS (SELECT exporter, importer, dataset_id, period_start, hs_code[1:2], count(DISTINCT length(hs_code)) AS n FROM f GROUP BY ALL)
        SELECT (SELECT count(*) FROM f), (SELECT count(*) FROM pairs), (SELECT count(*) FROM pairs WHERE sources > 1),
               (SELECT count(*) FROM pairs WHERE NOT has_exporter), (SELECT count(*) FROM levels WHERE n > 1)
        """);
    using var r = cmd.ExecuteReader();
    r.Read();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"2017: {r.GetInt64(0):N0} ledger rows, {r.GetInt64(1):N0} pairs; {r.GetInt64(2):N0} pairs with more than one dataset or side to choose from, {r.GetInt64(3):N0} with only the importer's declarations, {r.GetInt64(4):N0} pair-dataset-period-chapters with more than one HS level"));
}

static TradewatchStore OpenImported(string db, string file, string second, long rows)
{
    if (File.Exists(db))
    {
        var existing = TradewatchStore.Open(db);
        using var count = existing.Command("SELECT count(*) FROM datasets WHERE (name = 'baci-bench' AND rows = $n) OR name = 'comtrade-bench'", ("n", rows));
        if (Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture) == 2)
        {
            Console.WriteLine($"reusing imported store {db} ({rows:N0} BACI rows + the second dataset)");
            return existing;
        }
        existing.Dispose();
        File.Delete(db);
        File.Delete(db + ".wal");
    }
    var store = TradewatchStore.Open(db);
    // BACI first: on a tie in goods the policy keeps the earlier import.
    foreach (var options in new[]
    {
        new ImportOptions("baci", file, "baci-bench") { HsRevision = HsRevision.HS1992 },
        new ImportOptions("comtrade", second, "comtrade-bench"),
    })
    {
        var clock = Stopwatch.StartNew();
        var result = LedgerImporter.Import(store, options);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"imported {options.DatasetName}: {result.Rows:N0} rows (+{result.AggregateRows:N0} aggregate) with LedgerImporter in {clock.Elapsed.TotalSeconds:F1} s ({result.Rows / clock.Elapsed.TotalSeconds:N0} rows/s)"));
        if (options.Format == "baci" && result.Rows != rows)
        {
            throw new InvalidOperationException($"expected {rows} rows in the ledger, imported {result.Rows}");
        }
    }
    return store;
}

// BACI-format rows over 30 years: ~200 real countries (the DPRK, China and Russia always among them) and ~5,000 real
// HS92 subheadings written as BACI does (leading zero dropped), Pareto-like values in thousand USD, 5% 'NA'
// quantities. The first 3,000 rows of each year are China -> DPRK and DPRK -> China trade (in BACI the pair has a few
// thousand lines a year); the rest is spread over all pairs. Written by DuckDB's parallel COPY, not row by row.
// Then a second dataset, Comtrade+ CSV, ROWS/25 rows, so the chosen_flows policy has choices to make (see Second).
static void Generate(string path, string secondPath, long rows)
{
    var countries = CountryCatalogLoader.Default.Numbers.Where(kv => kv.Value.Kind == AreaKind.Country && kv.Key == kv.Value.M49)
        .Select(kv => kv.Key).OrderBy(k => k).ToArray();
    var inBaci = countries.Take(197).Concat([156, 408, 643]).Distinct().ToArray();
    var outsiders = countries.Except(inBaci).ToArray();
    var codes = HsNomenclatureLoader.Default.EntriesOf(HsRevision.HS1992).Where(e => e.Code.Level == 6)
        .Select(e => e.Code.Digits.TrimStart('0')).OrderBy(c => c, StringComparer.Ordinal).ToArray();
    // Every 27th and 26th chapter subheading (where the sanctions are) plus an even spread of the rest, 5,000 in all.
    var picked = codes.Where(c => c.StartsWith("27", StringComparison.Ordinal) || c.StartsWith("26", StringComparison.Ordinal))
        .Concat(codes.Where((_, i) => i % Math.Max(1, codes.Length / 5000) == 0)).Distinct().Take(5000).ToArray();
    using var connection = new DuckDBConnection("Data Source=:memory:");
    connection.Open();
    // Number the list elements by their subscripts (a window over unnest would number the single input row).
    Exec(connection, "CREATE TABLE cs AS SELECT (i - 1)::BIGINT AS idx, l[i]::INTEGER AS num FROM (SELECT $v AS l, unnest(range(1, len($v) + 1)) AS i)", ("v", inBaci));
    Exec(connection, "CREATE TABLE os AS SELECT (i - 1)::BIGINT AS idx, l[i]::INTEGER AS num FROM (SELECT $v AS l, unnest(range(1, len($v) + 1)) AS i)", ("v", outsiders));
    Exec(connection, "CREATE TABLE ks AS SELECT (i - 1)::BIGINT AS idx, l[i]::VARCHAR AS code FROM (SELECT $v AS l, unnest(range(1, len($v) + 1)) AS i)", ("v", picked));
    using (var check = connection.CreateCommand())
    {
        check.CommandText = "SELECT (SELECT count(DISTINCT idx) FROM cs) = (SELECT count(*) FROM cs) AND (SELECT count(DISTINCT idx) FROM ks) = (SELECT count(*) FROM ks) AND (SELECT count(*) FROM os) > 10";
        if (check.ExecuteScalar() is not true)
        {
            throw new InvalidOperationException("generator lookup tables are not numbered one row per element");
        }
    }
    var nc = inBaci.Length;
    var chn = Array.IndexOf(inBaci, 156);
    var prk = Array.IndexOf(inBaci, 408);
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
    Exec(connection, Second(secondPath, rows / 25, nc, prk, chn, nk));
}

// The second dataset (Comtrade+ CSV, values in USD, imported after BACI), shaped so every step of the policy has
// real choices, in proportions that do not depend on ROWS:
// - 30%: the exporter's declarations at HS6 for 400 "dense" pairs, about as many lines per pair-year as BACI has,
//   so which dataset covers more goods varies from pair-year to pair-year (ties go to BACI, the earlier import);
// - 20%: the same pairs' exporter declarations at HS4 and HS2, so a chapter may hold two or three levels (the finest
//   wins) or only a coarse one (kept, and matched to the rules as a range);
// - 30%: importer declarations for any pair of BACI's countries (dropped where the exporter declared the year);
// - 20%: importer declarations from exporters BACI does not have (the importer's side is all there is);
// - DPRK -> China, a fixed number of lines whatever ROWS: the exporter's HS6 lines for 1990-1999 (more goods than
//   BACI: this dataset wins those years), monthly lines for 2017 (wins too: measures starting mid-year are
//   pro-rated by month) and China's import declarations for every year (never chosen over the exporter's).
static string Second(string path, long n, int nc, int prk, int chn, int nk) => string.Create(CultureInfo.InvariantCulture, $"""
    COPY (
        WITH g AS (
            SELECT r, {FirstYear} + (r % 30) AS t, (r // 30) % 10 AS kind, hash(r * 5 + 3) % 400 AS p,
                   hash(r * 7 + 1) % {nk} AS kk, 1 + 1500 * pow(1 - random(), -1 / 1.1) AS v
            FROM range({n}) t(r)
        ),
        h AS (
            SELECT g.*,
                   CASE WHEN kind < 5 THEN hash(p * 31 + 3) % {nc} ELSE hash(r) % {nc} END AS ii,
                   CASE WHEN kind < 5 THEN hash(p * 17 + 11) % {nc - 1} ELSE hash(r * 13 + 5) % {nc - 1} END AS step
            FROM g
        ),
        lines AS (
            SELECT t::VARCHAR AS period, t, CASE WHEN kind < 5 THEN 2 ELSE 1 END AS flow,
                   ii, (ii + 1 + step) % {nc} AS jj, kind = 9 OR kind = 8 AS outsider,
                   CASE WHEN kind = 3 THEN 4 WHEN kind = 4 THEN 2 ELSE 6 END AS lvl, kk, v
            FROM h
            UNION ALL
            SELECT (1990 + r % 10)::VARCHAR, 1990 + r % 10, 2, {prk}, {chn}, false, 6, hash(r * 3 + 7) % {nk}, 1 + 1500 * pow(1 - random(), -1 / 1.1)
            FROM range(30000) t(r)
            UNION ALL
            SELECT printf('2017%02d', 1 + r % 12), 2017, 2, {prk}, {chn}, false, 6, hash(r * 11 + 2) % {nk}, 1 + 150 * pow(1 - random(), -1 / 1.1)
            FROM range(3600) t(r)
            UNION ALL
            SELECT ({FirstYear} + r % 30)::VARCHAR, {FirstYear} + r % 30, 1, {prk}, {chn}, false, 6, hash(r * 19 + 4) % {nk}, 1 + 1500 * pow(1 - random(), -1 / 1.1)
            FROM range(30000) t(r)
        )
        SELECT 'H0' AS classificationCode, l.t AS refYear, l.period, l.lvl AS aggrLevel, l.flow AS flowCode,
               CASE WHEN l.flow = 2 THEN ci.num ELSE cj.num END AS reporterCode,
               CASE WHEN l.flow = 2 THEN cj.num WHEN l.outsider THEN o.num ELSE ci.num END AS partnerCode,
               left(lpad(k.code, 6, '0'), l.lvl) AS cmdCode, printf('%.2f', l.v) AS primaryValue
        FROM lines l
        JOIN cs ci ON ci.idx = l.ii
        JOIN cs cj ON cj.idx = l.jj
        JOIN ks k ON k.idx = l.kk
        JOIN os o ON o.idx = l.ii % (SELECT count(*) FROM os)
    ) TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (HEADER, DELIMITER ',')
    """);

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

/// <summary>One pair-year of an exposure answer, as both sides give it.</summary>
internal sealed record Answer(string Exporter, string Importer, int Year, decimal TotalUsd, long Rows, decimal BannedUsd);
