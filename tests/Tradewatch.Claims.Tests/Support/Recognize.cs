using Tradewatch.Claims.Intake;
using Tradewatch.Claims.Recognizers;

namespace Tradewatch.Claims.Tests.Support;

/// <summary>Runs one recognizer over a sentence and returns what it found, with the matched text.</summary>
internal static class Recognize
{
    public static List<(T Mention, string Text)> With<T>(IRecognizer recognizer, string text, DateOnly? date = null) where T : Mention
    {
        var article = ArticleReader.FromText(text, null, new ArticleReaderOptions { Date = date });
        var context = new RecognitionContext(article);
        recognizer.Recognize(context);
        return context.Mentions.OfType<T>().OrderBy(m => m.Span.Start).Select(m => (m, article.Text[m.Span.Start..m.Span.End])).ToList();
    }

    /// <summary>Extracts claims from a text with a known publication date.</summary>
    public static IReadOnlyList<Claim> Claims(string text, int year = 2017, int month = 7, int day = 25) =>
        ClaimExtractor.Default.Extract(text, null, new DateOnly(year, month, day)).Claims;
}
