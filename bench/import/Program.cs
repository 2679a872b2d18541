// Import benchmark (not a test): prints rows/s and peak memory of `tradewatch import baci` on generated
// BACI-format files, next to DuckDB's own read_csv on the same file, in one run.
// Usage: run.sh [ROWS] [WORKDIR]   (default 10,000,000 rows in bench/out)
using System.Diagnostics;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Tradewatch.Data.Reference;
using Tradewatch.Domain;

var rows = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 10_000_000;
var work = Path.GetFullPath(args.Length > 1 ? args[1] : Path.Combine("bench", "out"));
var cli = args.Length > 2 ? args[2] : throw new ArgumentException("path to the published tradewatch.dll expected as third argument");
Directory.CreateDirectory(work);

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB; .NET {Environment.Version}");
var sizes = new[] { rows / 4, rows };
Console.WriteLine();
Console.WriteLine($"{"rows",12} {"file MB",8} | {"reader",-28} {"seconds",8} {"rows/s",12} {"peak RSS MB",12}");
foreach (var n in sizes)
{
    var file = Path.Combine(work, $"baci_bench_{n}.csv");
    if (!File.Exists(file))
    {
        Generate(file, n);
    }
    var mb = new FileInfo(file).Length / 1e6;
    Report(n, mb, "tradewatch import baci", Import(cli, file, work));
    Report(n, mb, "duckdb read_csv → table", DuckDbOwn(file, work, intoTable: true));
    Report(n, mb, "duckdb read_csv count(*)", DuckDbOwn(file, work, intoTable: false));
}

void Report(long n, double mb, string reader, (double Seconds, long PeakKb) r) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{n,12:N0} {mb,8:F0} | {reader,-28} {r.Seconds,8:F2} {n / r.Seconds,12:N0} {(r.PeakKb > 0 ? (r.PeakKb / 1024.0).ToString("F0", CultureInfo.InvariantCulture) : "-"),12}"));

static (double, long) Import(string cli, string file, string work)
{
    var db = Path.Combine(work, "bench.duckdb");
    File.Delete(db);
    File.Delete(db + ".wal");
    // Create and seed the store first so that only the import is timed.
    Run(cli, ["--db", db, "datasets", "list"]);
    return Run(cli, ["--db", db, "import", "baci", file, "--hs-revision", "HS92"]);
}

static (double, long) Run(string cli, IReadOnlyList<string> args)
{
    var info = new ProcessStartInfo("/usr/bin/time") { RedirectStandardError = true, RedirectStandardOutput = true };
    foreach (var a in new[] { "-f", "peak_kb=%M", "dotnet", cli }.Concat(args))
    {
        info.ArgumentList.Add(a);
    }
    var clock = Stopwatch.StartNew();
    using var p = Process.Start(info)!;
    var stderr = p.StandardError.ReadToEnd();
    p.StandardOutput.ReadToEnd();
    p.WaitForExit();
    var seconds = clock.Elapsed.TotalSeconds;
    if (p.ExitCode != 0)
    {
        throw new InvalidOperationException("tradewatch failed: " + stderr);
    }
    var peak = stderr.Split('\n').Where(l => l.StartsWith("peak_kb=", StringComparison.Ordinal)).Select(l => long.Parse(l[8..], CultureInfo.InvariantCulture)).LastOrDefault();
    return (seconds, peak);
}

static (double, long) DuckDbOwn(string file, string work, bool intoTable)
{
    var db = Path.Combine(work, "duckdb_own.duckdb");
    File.Delete(db);
    File.Delete(db + ".wal");
    using var connection = new DuckDBConnection($"Data Source={db}");
    connection.Open();
    using var cmd = connection.CreateCommand();
    cmd.CommandText = intoTable
        ? "CREATE TABLE baci AS SELECT * FROM read_csv($f, header = true)"
        : "SELECT count(*) FROM read_csv($f, header = true)";
    cmd.Parameters.Add(new DuckDBParameter("f", file));
    var clock = Stopwatch.StartNew();
    cmd.ExecuteNonQuery();
    return (clock.Elapsed.TotalSeconds, 0);
}

static void Generate(string path, long rows)
{
    // ~200 real countries and ~5,000 real HS92 subheadings; values heavy-tailed (Pareto), as in BACI.
    var countries = CountryCatalogLoader.Default.Numbers.Where(kv => kv.Value.Kind == AreaKind.Country && kv.Key == kv.Value.M49)
        .Select(kv => kv.Key).OrderBy(k => k).Take(200).ToArray();
    var codes = HsNomenclatureLoader.Default.EntriesOf(HsRevision.HS1992).Where(e => e.Code.Level == 6)
        .Select(e => e.Code.Digits.TrimStart('0')).OrderBy(c => c, StringComparer.Ordinal).Take(5000).ToArray();
    var random = new Random(2021);
    using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
    writer.Write("t,i,j,k,v,q\n");
    var line = new StringBuilder(64);
    for (long n = 0; n < rows; n++)
    {
        var value = 0.001 * Math.Pow(1 - random.NextDouble(), -1 / 1.1) * 1.5;
        line.Clear();
        line.Append("2021,").Append(countries[random.Next(countries.Length)]).Append(',')
            .Append(countries[random.Next(countries.Length)]).Append(',')
            .Append(codes[random.Next(codes.Length)]).Append(',')
            .Append(value.ToString("F3", CultureInfo.InvariantCulture)).Append(',');
        if (random.Next(20) == 0)
        {
            line.Append("NA");
        }
        else
        {
            line.Append('"').Append((value / 2.7).ToString("F3", CultureInfo.InvariantCulture).PadLeft(13)).Append('"');
        }
        writer.Write(line.Append('\n'));
    }
}
