using System.Diagnostics;
using System.Globalization;
using Tradewatch.Claims;
using Tradewatch.Claims.Intake;

namespace Tradewatch.Bench.ClaimsScore;

/// <summary>
/// Articles per second for ~5 KB articles (each gold article repeated to about 5 KB), extraction plus own
/// checks, on as many threads as the machine has cores (the target is stated for 2 cores).
/// </summary>
internal static class Throughput
{
    public static void Run(IReadOnlyList<string> texts, double seconds)
    {
        var articles = texts.Select(t => ArticleReader.FromText(Pad(t, 5 * 1024))).ToList();
        var averageBytes = articles.Average(a => System.Text.Encoding.UTF8.GetByteCount(a.Text));
        foreach (var a in articles)
        {
            ClaimChecker.Default.Check(ClaimExtractor.Default.Extract(a)); // warm-up (JIT, regex construction)
        }
        var cores = Environment.ProcessorCount;
        long done = 0;
        var watch = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        Parallel.For(0, cores, new ParallelOptions { MaxDegreeOfParallelism = cores }, worker =>
        {
            var i = worker;
            while (watch.Elapsed < deadline)
            {
                ClaimChecker.Default.Check(ClaimExtractor.Default.Extract(articles[i % articles.Count]));
                Interlocked.Increment(ref done);
                i++;
            }
        });
        var rate = done / watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput: {rate:F0} articles/s on {cores} cores ({averageBytes / 1024:F1} KB average, {done} articles in {watch.Elapsed.TotalSeconds:F1} s)"));
    }

    private static string Pad(string text, int bytes)
    {
        var result = text;
        while (System.Text.Encoding.UTF8.GetByteCount(result) < bytes)
        {
            result += "\n\n" + text;
        }
        return result;
    }
}
