namespace Tradewatch.Web;

/// <summary>How <c>tradewatch serve</c> runs.</summary>
public sealed record WebOptions
{
    /// <summary>The store file.</summary>
    public required string StorePath { get; init; }

    /// <summary>The rulebook file or folder.</summary>
    public required string RulebooksPath { get; init; }

    /// <summary>Folder of the bundled sample articles (may be null).</summary>
    public string? ArticlesFolder { get; init; }

    /// <summary>URLs to listen on; loopback unless the user says otherwise.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Key required by write endpoints (article upload); null disables them.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Largest request body accepted (article upload).</summary>
    public long MaxRequestBytes { get; init; } = 1 << 20;
}
