namespace Tradewatch.Claims.Intake;

/// <summary>Settings for reading an article file or stream.</summary>
public readonly record struct ArticleReaderOptions
{
    public ArticleReaderOptions()
    {
    }

    /// <summary>Largest input accepted, in bytes. News articles are a few KB; a larger file is almost surely not one.</summary>
    public int MaxBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Publication date supplied by the caller; wins over any date found in the text.</summary>
    public DateOnly? Date { get; init; }
}
