using System.Text.RegularExpressions;

namespace Tradewatch.Claims.Intake;

/// <summary>
/// The "Key: value" metadata block some article files start with (Title:, Date:, Source URL:, Publisher:,
/// Text status:). Its lines are metadata, except the title's value, which is a headline and may hold claims.
/// </summary>
internal static partial class ArticleHeader
{
    [GeneratedRegex(@"\G(?<line>(?<key>Title|Headline|Date|Published|Source URL|URL|Source|Publisher|Author|Byline|Text status|Language)\s*:[ \t]*(?<value>[^\n]*))(\r?\n|$)", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderLine();

    // Once a block has started with a known key, other "Key: value" lines in it are metadata too (Updated:, Tags:).
    [GeneratedRegex(@"\G(?<line>(?<key>[A-Z][A-Za-z]+(?: [A-Za-z]+){0,2})\s*:[ \t]+(?<value>[^\n]*))(\r?\n|$)")]
    private static partial Regex OtherHeaderLine();

    public sealed record Result(string? Title, TextSpan? TitleSpan, string? DateValue, IReadOnlyList<TextSpan> MetadataSpans);

    public static Result Parse(string text)
    {
        var spans = new List<TextSpan>();
        string? title = null;
        TextSpan? titleSpan = null;
        string? date = null;
        var pos = 0;
        while (pos < text.Length && (text[pos] == '\n' || text[pos] == '\r'))
        {
            pos++;
        }
        while (true)
        {
            var m = HeaderLine().Match(text, pos);
            if (!m.Success && spans.Count > 0)
            {
                m = OtherHeaderLine().Match(text, pos);
            }
            if (!m.Success || m.Length == 0)
            {
                break;
            }
            var key = m.Groups["key"].Value.ToUpperInvariant();
            var value = m.Groups["value"];
            if (key is "TITLE" or "HEADLINE")
            {
                title = value.Value.Trim();
                spans.Add(new TextSpan(m.Index, value.Index));
                titleSpan = new TextSpan(value.Index, value.Index + value.Length);
            }
            else
            {
                if (key is "DATE" or "PUBLISHED")
                {
                    date = value.Value;
                }
                spans.Add(new TextSpan(m.Index, m.Index + m.Groups["line"].Length));
            }
            pos = m.Index + m.Length;
        }
        return new Result(title, titleSpan, date, spans);
    }
}
