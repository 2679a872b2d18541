using System.Text.RegularExpressions;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Intake;

/// <summary>
/// Turns a file, stream or string into an <see cref="Article"/>: decoding, HTML main-text extraction, header
/// metadata, title and publication date. Only the size limit is an error; any text is otherwise accepted.
/// </summary>
public static partial class ArticleReader
{
    [GeneratedRegex(@"\binferred\b|\bnot stated\b", RegexOptions.IgnoreCase)]
    private static partial Regex InferredWord();

    [GeneratedRegex(@"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b.*|.*\b\d{1,2}:\d\d\b.*|\W*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotATitle();

    /// <exception cref="InputException">The file is larger than <see cref="ArticleReaderOptions.MaxBytes"/>.</exception>
    public static Article ReadFile(string path, ArticleReaderOptions options = default)
    {
        options = Normalize(options);
        var length = new FileInfo(path).Length;
        if (length > options.MaxBytes)
        {
            throw TooLarge(path, length, options.MaxBytes);
        }
        return FromBytes(File.ReadAllBytes(path), path, options);
    }

    /// <exception cref="InputException">The stream holds more than <see cref="ArticleReaderOptions.MaxBytes"/>.</exception>
    public static Article ReadStream(Stream stream, string? name, ArticleReaderOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options = Normalize(options);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes)
            {
                throw TooLarge(name ?? "-", buffer.Length + read, options.MaxBytes);
            }
            buffer.Write(chunk, 0, read);
        }
        return FromBytes(buffer.ToArray(), name, options);
    }

    /// <exception cref="InputException">More than <see cref="ArticleReaderOptions.MaxBytes"/> bytes.</exception>
    public static Article FromBytes(ReadOnlySpan<byte> bytes, string? file, ArticleReaderOptions options = default)
    {
        options = Normalize(options);
        if (bytes.Length > options.MaxBytes)
        {
            throw TooLarge(file ?? "-", bytes.Length, options.MaxBytes);
        }
        return FromText(TextDecoding.Decode(bytes), file, options);
    }

    /// <summary>Builds an article from already-decoded text (plain or HTML). Never throws.</summary>
    public static Article FromText(string text, string? file = null, ArticleReaderOptions options = default)
    {
        text ??= "";
        string? htmlTitle = null;
        DateOnly? htmlDate = null;
        if (HtmlText.IsHtml(text))
        {
            (text, htmlTitle, htmlDate) = HtmlText.Extract(text);
        }
        // Plain text is kept exactly as decoded (CRLF included) so spans index the file's own text; for HTML
        // they index the extracted main text, which is what the claims document's quotes come from.

        var header = ArticleHeader.Parse(text);
        var bodyStart = header.MetadataSpans.Count == 0 ? 0 : header.MetadataSpans.Max(s => s.End);
        var (title, titleSpan) = header.Title is not null ? (header.Title, header.TitleSpan) : FindTitle(text, bodyStart);

        DateOnly? date;
        DateBasis basis;
        if (options.Date is { } given)
        {
            (date, basis) = (given, DateBasis.Given);
        }
        else if (header.DateValue is { } dv && ArticleDateFinder.FindStated(dv) is { } headerDate)
        {
            (date, basis) = (headerDate, InferredWord().IsMatch(dv) ? DateBasis.Inferred : DateBasis.Stated);
        }
        else if ((htmlDate ?? ArticleDateFinder.FindStated(text, bodyStart)) is { } stated)
        {
            (date, basis) = (stated, DateBasis.Stated);
        }
        else if (ArticleDateFinder.Infer(text) is { } inferred)
        {
            (date, basis) = (inferred, DateBasis.Inferred);
        }
        else
        {
            (date, basis) = (null, DateBasis.Unknown);
        }

        return new Article(text, file)
        {
            Title = htmlTitle ?? title,
            TitleSpan = titleSpan,
            Date = date,
            DateBasis = basis,
            MetadataSpans = header.MetadataSpans,
        };
    }

    private static (string?, TextSpan?) FindTitle(string text, int from)
    {
        var pos = from;
        for (var lines = 0; lines < 6 && pos < text.Length; lines++)
        {
            var end = text.IndexOf('\n', pos);
            end = end < 0 ? text.Length : end;
            var line = text[pos..end];
            var trimmed = line.Trim();
            var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            // A headline has no full stop, except one closing an abbreviation ("… to constrain U.S.").
            if (words is >= 4 and <= 30 && !NotATitle().IsMatch(trimmed) && (!trimmed.EndsWith('.') || (words <= 15 && !trimmed[..^1].Contains(". ", StringComparison.Ordinal))))
            {
                var start = pos + line.IndexOf(trimmed, StringComparison.Ordinal);
                return (trimmed, new TextSpan(start, start + trimmed.Length));
            }
            pos = end + 1;
        }
        return (null, null);
    }

    private static ArticleReaderOptions Normalize(ArticleReaderOptions options) =>
        options.MaxBytes <= 0 ? options with { MaxBytes = new ArticleReaderOptions().MaxBytes } : options;

    private static InputException TooLarge(string file, long length, int max) =>
        new(new InputError(new SourceLocation(file, 1, 1),
            $"article is {length:N0} bytes, more than the {max:N0}-byte limit; pass a single article (plain text or HTML)"));
}
