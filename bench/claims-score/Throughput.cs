using System.Diagnostics;
using System.Globalization;
using Tradewatch.Claims;
using Tradewatch.Claims.Assembly;
using Tradewatch.Claims.Intake;
using Tradewatch.Claims.Recognizers;
using Tradewatch.Claims.Recognizers.Amounts;
using Tradewatch.Claims.Recognizers.Commodities;
using Tradewatch.Claims.Recognizers.Countries;
using Tradewatch.Claims.Recognizers.Cues;
using Tradewatch.Claims.Recognizers.Multipliers;
using Tradewatch.Claims.Recognizers.Periods;
using Tradewatch.Claims.Recognizers.Sources;

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
        // Warm-up long enough for tiered JIT to reach optimised code; short runs otherwise measure the JIT.
        var warm = Stopwatch.StartNew();
        for (var i = 0; warm.Elapsed < TimeSpan.FromSeconds(3); i++)
        {
            ClaimChecker.Default.Check(ClaimExtractor.Default.Extract(articles[i % articles.Count]));
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
        var elapsed = watch.Elapsed.TotalSeconds;
        var rate = done / elapsed;
        Breakdown(articles);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput: {rate:F0} articles/s on {cores} cores ({averageBytes / 1024:F1} KB average, {done} articles in {elapsed:F1} s; extraction + own checks per article)"));
    }

    /// <summary>Single-threaded time per article of each recognizer, the assembly and the checks.</summary>
    private static void Breakdown(IReadOnlyList<Article> articles)
    {
        var recognizers = new (string Name, IRecognizer Recognizer)[]
        {
            ("money", new MoneyRecognizer()), ("percentages", new PercentRecognizer()), ("quantities", new QuantityRecognizer()),
            ("zero", new ZeroRecognizer()), ("multiples", new MultiplierRecognizer()), ("records", new RecordRecognizer()),
            ("periods", new PeriodRecognizer()), ("countries", new CountryRecognizer()), ("commodities", new CommodityRecognizer()),
            ("sources", new SourceRecognizer()), ("cues", new CueRecognizer()),
        };
        foreach (var (name, recognizer) in recognizers)
        {
            Time(name, i => recognizer.Recognize(new RecognitionContext(articles[i % articles.Count])));
        }
        var contexts = articles.Select(a =>
        {
            var c = new RecognitionContext(a);
            foreach (var (_, r) in recognizers)
            {
                r.Recognize(c);
            }
            return c;
        }).ToList();
        var assembler = new ClaimAssembler(new ClaimExtractorOptions());
        Time("assembly", i => assembler.Assemble(contexts[i % contexts.Count]));
        var documents = articles.Select(ClaimExtractor.Default.Extract).ToList();
        Time("checks", i => ClaimChecker.Default.Check(documents[i % documents.Count]));
        Time("all", i => ClaimChecker.Default.Check(ClaimExtractor.Default.Extract(articles[i % articles.Count])));
    }

    private static void Time(string name, Action<int> run)
    {
        var watch = Stopwatch.StartNew();
        var n = 0;
        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        while (watch.ElapsedMilliseconds < 1000)
        {
            run(n++);
        }
        var cpuUsed = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-12} {cpuUsed.TotalMilliseconds * 1000 / n,8:F0} µs CPU/article"));
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
