namespace Tradewatch.Claims;

/// <summary>
/// An article ready for extraction: the text every span points into, its title and publication date,
/// and the header spans (metadata lines such as <c>Source URL:</c>) that hold no claims.
/// </summary>
public sealed record Article
{
    public Article(string text, string? file = null)
    {
        Text = text ?? "";
        File = file;
    }

    public string Text { get; }

    public string? File { get; init; }

    public string? Title { get; init; }

    /// <summary>Span of the title inside <see cref="Text"/> when it is part of the text.</summary>
    public TextSpan? TitleSpan { get; init; }

    public DateOnly? Date { get; init; }

    public DateBasis DateBasis { get; init; }

    /// <summary>Parts of the text that are metadata, not article prose.</summary>
    public IReadOnlyList<TextSpan> MetadataSpans { get; init; } = [];
}
