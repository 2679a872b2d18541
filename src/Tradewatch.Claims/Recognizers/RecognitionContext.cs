namespace Tradewatch.Claims.Recognizers;

/// <summary>The article being read and the mentions recognizers have found so far.</summary>
public sealed class RecognitionContext
{
    private readonly List<Mention> _mentions = [];

    internal RecognitionContext(Article article) => Article = article;

    public Article Article { get; }

    public string Text => Article.Text;

    internal IReadOnlyList<Mention> Mentions => _mentions;

    internal void Add(Mention mention)
    {
        if (mention.Span.Start >= 0 && mention.Span.End <= Text.Length && mention.Span.End > mention.Span.Start)
        {
            _mentions.Add(mention);
        }
    }

    /// <summary>True when the index lies in a header metadata line, where no claim is read.</summary>
    internal bool IsMetadata(int index)
    {
        foreach (var span in Article.MetadataSpans)
        {
            if (span.Contains(index))
            {
                return true;
            }
        }
        return false;
    }
}
