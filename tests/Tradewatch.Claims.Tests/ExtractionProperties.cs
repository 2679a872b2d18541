using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Tradewatch.Claims.Intake;

namespace Tradewatch.Claims.Tests;

/// <summary>Any text gives a document, and every claim's span is its quote (Markdig's "bad input never throws").</summary>
public class ExtractionProperties
{
    // Fragments that exercise the recognizers far more often than random characters would.
    private static readonly string[] s_fragments =
    [
        "$", "US$", "€", "1,234", "0.5", "99.6", "million", "bn", "mln", "percent", "%", "tons", "barrels", "per year", "doubled",
        "ten-fold", "a third of", "half", "from", "to", "in", "the first five months", "this year", "last year", "January-March",
        "quarter", "2017", "May", "Oct.", "North Korea", "the North", "Russian", "Pyongyang's", "exports", "imports", "trade",
        "deficit", "according to", "KOTRA", "said", ", ", ". ", "; ", "(", ")", "\n", "\n\n", " ", "’s", "'", "-", "–", "respectively",
        "Title: ", "Date: ", "<p>", "</p>", "<script>", "<!--", "é", "\u0000", "\uFFFD", "\t",
    ];

    private static Arbitrary<string> ArticleLike() =>
        Gen.ArrayOf(Gen.OneOf(Gen.Elements(s_fragments), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")))
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public bool Arbitrary_Text_Never_Throws_And_Spans_Equal_Quotes(string? text) => SpansHold(text ?? "");

    [Property(MaxTest = 500)]
    public Property Article_Like_Text_Never_Throws_And_Spans_Equal_Quotes() =>
        Prop.ForAll(ArticleLike(), SpansHold);

    private static readonly string[] s_goldTexts =
        [.. Directory.GetFiles(Support.GoldArticles.Folder, "*.txt").Select(File.ReadAllText)];

    // Real articles cut and spliced at random points: sentences broken mid-number, headers half gone.
    private static Arbitrary<string> SplicedArticles() =>
        (from a in Gen.Elements(s_goldTexts)
         from b in Gen.Elements(s_goldTexts)
         from i in Gen.Choose(0, a.Length)
         from j in Gen.Choose(0, b.Length)
         from k in Gen.Choose(0, 40)
         select a[..i] + b[j..Math.Min(b.Length, j + (k * 50))] + a[i..]).ToArbitrary();

    [Property(MaxTest = 200)]
    public Property Spliced_Articles_Never_Throw_And_Spans_Equal_Quotes() =>
        Prop.ForAll(SplicedArticles(), SpansHold);

    [Property(MaxTest = 100)]
    public bool Arbitrary_Bytes_Never_Throw(byte[]? bytes)
    {
        var article = ArticleReader.FromBytes(bytes ?? [], "x.bin");
        return ClaimExtractor.Default.Extract(article).Claims.All(c => c.Quote == article.Text[c.Span.Start..c.Span.End]);
    }

    private static bool SpansHold(string text)
    {
        var document = ClaimChecker.Default.Check(ClaimExtractor.Default.Extract(text, null, new DateOnly(2017, 7, 25)));
        _ = Json.ClaimsJson.Serialize(document);
        var t = document.Article.Text;
        return document.Claims.All(c => c.Span.Start >= 0 && c.Span.End <= t.Length && c.Quote == t[c.Span.Start..c.Span.End]);
    }
}
