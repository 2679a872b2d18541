using Tradewatch.Claims.Assembly;
using Tradewatch.Claims.Intake;
using Tradewatch.Claims.Recognizers;

namespace Tradewatch.Claims;

/// <summary>
/// Reads quantitative trade claims out of an article. Immutable and thread-safe; build one with
/// <see cref="ClaimExtractorBuilder"/> or use <see cref="Default"/>. Never throws on any article text.
/// </summary>
public sealed class ClaimExtractor
{
    private static readonly Lazy<ClaimExtractor> s_default = new(() => new ClaimExtractorBuilder().UseDefaults().Build());

    private readonly IRecognizer[] _recognizers;
    private readonly ClaimAssembler _assembler;

    internal ClaimExtractor(IRecognizer[] recognizers, ClaimExtractorOptions options)
    {
        _recognizers = recognizers;
        Options = options;
        _assembler = new ClaimAssembler(options);
    }

    public static ClaimExtractor Default => s_default.Value;

    public ClaimExtractorOptions Options { get; }

    /// <summary>Claims document for an article; <c>checks</c> is empty until a <see cref="ClaimChecker"/> runs.</summary>
    public ClaimsDocument Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var context = new RecognitionContext(article);
        foreach (var recognizer in _recognizers)
        {
            recognizer.Recognize(context);
        }
        return new ClaimsDocument(article, _assembler.Assemble(context), []);
    }

    /// <summary>Convenience: plain or HTML text in, claims document out.</summary>
    public ClaimsDocument Extract(string text, string? file = null, DateOnly? date = null) =>
        Extract(ArticleReader.FromText(text, file, new ArticleReaderOptions { Date = date }));
}
