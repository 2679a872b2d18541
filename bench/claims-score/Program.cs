using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Tradewatch.Bench.ClaimsScore;
using Tradewatch.Claims;
using Tradewatch.Claims.Intake;
using Tradewatch.Claims.Json;

// Usage: claims-score [ARTICLES_DIR] [--verbose] [--throughput SECONDS]
var dir = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] is not ("--json" or "--throughput"))).FirstOrDefault() ?? Path.Combine("..", "shared", "articles");
var verbose = args.Contains("--verbose");
var throughputIndex = Array.IndexOf(args, "--throughput");
var jsonIndex = Array.IndexOf(args, "--json");
if (jsonIndex >= 0 && jsonIndex + 1 < args.Length)
{
    // Debugging aid: print one article's checked claims document.
    Console.WriteLine(ClaimsJson.Serialize(ClaimChecker.Default.Check(ClaimExtractor.Default.Extract(ArticleReader.ReadFile(args[jsonIndex + 1])))));
    return 0;
}

var goldFiles = Directory.GetFiles(dir, "*.gold.json").Order(StringComparer.Ordinal).ToList();
if (goldFiles.Count == 0)
{
    Console.Error.WriteLine($"{dir}: no *.gold.json files");
    return 1;
}

var total = new Score("overall", 0, 0, 0, 0, 0, 0, 0);
Console.WriteLine($"{"article",-52} {"gold",4} {"pred",4} {"match",5} {"prec",6} {"recall",6} {"period",6} {"source",6} {"incons",6}");
var documents = new List<ClaimsDocument>();
foreach (var goldFile in goldFiles)
{
    var name = Path.GetFileName(goldFile)[..^".gold.json".Length];
    var articleFile = Path.Combine(dir, name + ".txt");
    using var goldJson = JsonDocument.Parse(File.ReadAllText(goldFile));
    var gold = goldJson.RootElement.GetProperty("claims").EnumerateArray().Select(ScoredClaim.Read).ToList();
    var goldChecks = goldJson.RootElement.GetProperty("checks").EnumerateArray().Select(ScoredCheck.Read).ToList();

    var document = ClaimChecker.Default.Check(ClaimExtractor.Default.Extract(ArticleReader.ReadFile(articleFile)));
    documents.Add(document);
    using var predictedJson = JsonDocument.Parse(ClaimsJson.Serialize(document));
    var predicted = predictedJson.RootElement.GetProperty("claims").EnumerateArray().Select(ScoredClaim.Read).ToList();
    var predictedChecks = predictedJson.RootElement.GetProperty("checks").EnumerateArray().Select(ScoredCheck.Read).ToList();

    var match = Matcher.Match(gold, predicted);
    var byId = predicted.ToDictionary(p => p.Id);
    var periodOk = match.Count(m => gold[m.Key].PeriodText == byId[m.Value].PeriodText);
    var sourceOk = match.Count(m => string.Equals(gold[m.Key].Source, byId[m.Value].Source, StringComparison.OrdinalIgnoreCase));
    var predictedToGold = match.ToDictionary(m => m.Value, m => m.Key);
    var inconsistent = goldChecks.Where(c => c.Verdict == "inconsistent").ToList();
    var found = inconsistent.Count(g => predictedChecks.Any(p => p.Verdict == "inconsistent"
        && p.Claims.Any(id => predictedToGold.TryGetValue(id, out var gi) && g.Claims.Contains(gi))));
    var score = new Score(name, gold.Count, predicted.Count, match.Count, periodOk, sourceOk, inconsistent.Count, found);
    total += score;
    Print(score);
    if (verbose)
    {
        foreach (var g in gold.Where(g => !match.ContainsKey(g.Id)))
        {
            Console.WriteLine($"    missed    {g}");
        }
        foreach (var p in predicted.Where(p => !predictedToGold.ContainsKey(p.Id)))
        {
            Console.WriteLine($"    spurious  {p}");
        }
        foreach (var m in match.Where(m => gold[m.Key].PeriodText != byId[m.Value].PeriodText || !string.Equals(gold[m.Key].Source, byId[m.Value].Source, StringComparison.OrdinalIgnoreCase)))
        {
            Console.WriteLine($"    differs   gold {gold[m.Key]}\n              pred {byId[m.Value]}");
        }
        foreach (var c in document.Checks.Where(c => c.Verdict != CheckVerdict.CannotCheck))
        {
            Console.WriteLine($"    check     {c.Verdict} [{string.Join(",", c.Claims)}] {c.Reason}");
        }
    }
}
Console.WriteLine(new string('-', 104));
Print(total);
var cross = ClaimChecker.Default.CrossCheck(documents);
Console.WriteLine($"cross-source checks over the set: {cross.Count(c => c.Verdict == CheckVerdict.Consistent)} consistent, {cross.Count(c => c.Verdict == CheckVerdict.Inconsistent)} inconsistent");
if (verbose)
{
    foreach (var c in cross.Where(c => c.Verdict == CheckVerdict.Inconsistent))
    {
        Console.WriteLine($"    cross     {c.Verdict} docs [{string.Join(",", c.Documents ?? [])}] claims [{string.Join(",", c.Claims)}] {c.Reason}");
    }
}

if (throughputIndex >= 0)
{
    var seconds = throughputIndex + 1 < args.Length ? double.Parse(args[throughputIndex + 1], CultureInfo.InvariantCulture) : 5;
    Throughput.Run(Directory.GetFiles(dir, "*.txt").Select(File.ReadAllText).ToList(), seconds);
}
return 0;

static void Print(Score s) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{s.Article,-52} {s.Gold,4} {s.Predicted,4} {s.Matched,5} {s.Precision,6:F3} {s.Recall,6:F3} {s.PeriodAccuracy,6:F3} {s.SourceAccuracy,6:F3} {s.InconsistencyRecall,6}"));
