namespace Tradewatch.Claims.Text;

/// <summary>A sentence (or headline line) of the article; <see cref="Paragraph"/> counts text lines.</summary>
internal readonly record struct Sentence(TextSpan Span, int Paragraph, bool IsTitle);
