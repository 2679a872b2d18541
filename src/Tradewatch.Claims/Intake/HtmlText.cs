using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Tradewatch.Claims.Intake;

/// <summary>
/// Main text of an HTML page: scripts, styles, comments and page furniture (nav, header, footer, aside, forms)
/// dropped; the &lt;article&gt; or &lt;main&gt; element preferred when there is one; block elements become line breaks.
/// A small tolerant scanner rather than a DOM: news pages are often malformed and we only need the prose.
/// </summary>
internal static partial class HtmlText
{
    [GeneratedRegex(@"^\s*(<!--.*?-->\s*)*(<!doctype\s+html|<html|<head|<body|<article|<p[\s>]|<div[\s>])", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex LooksLikeHtml();

    [GeneratedRegex(@"<!--.*?(-->|$)", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<(script|style|noscript|template|svg|nav|header|footer|aside|form|iframe|button|select)\b[^>]*>.*?(</\1\s*>|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Dropped();

    [GeneratedRegex(@"<(article|main)\b[^>]*>(?<body>.*?)</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MainElement();

    [GeneratedRegex(@"<title\b[^>]*>(?<t>.*?)</title\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleElement();

    [GeneratedRegex(@"<h1\b[^>]*>(?<t>.*?)</h1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex H1Element();

    [GeneratedRegex(@"<meta\b[^>]*(?:property|name|itemprop)\s*=\s*[""'](?:article:published_time|datePublished|pubdate|date|dc\.date)[""'][^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex DateMeta();

    [GeneratedRegex(@"content\s*=\s*[""'](?<d>\d{4}-\d{2}-\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex MetaContentDate();

    [GeneratedRegex(@"<time\b[^>]*datetime\s*=\s*[""'](?<d>\d{4}-\d{2}-\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex TimeElement();

    [GeneratedRegex(@"</?(p|div|br|h[1-6]|li|ul|ol|tr|table|section|blockquote|figure|figcaption|article|main|dd|dt)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n\s*\n\s*(\n\s*)+")]
    private static partial Regex BlankRuns();

    public static bool IsHtml(string text) => LooksLikeHtml().IsMatch(text.Length > 4096 ? text[..4096] : text);

    /// <summary>Main text, title and a machine-readable publication date if the page declares one.</summary>
    public static (string Text, string? Title, DateOnly? Date) Extract(string html)
    {
        var date = FindDate(html);
        var title = Clean(TitleElement().Match(html) is { Success: true } t ? t.Groups["t"].Value : null);
        var h1 = Clean(H1Element().Match(html) is { Success: true } h ? h.Groups["t"].Value : null);

        var body = Comment().Replace(html, " ");
        body = Dropped().Replace(body, " ");
        var main = MainElement().Match(body);
        if (main.Success && main.Groups["body"].Length > 200)
        {
            body = main.Groups["body"].Value;
        }
        body = BlockTag().Replace(body, "\n");
        body = AnyTag().Replace(body, " ");
        body = WebUtility.HtmlDecode(body);
        body = Spaces().Replace(body, " ");
        body = BlankRuns().Replace(body, "\n\n");
        var lines = body.Split('\n').Select(l => l.Trim());
        var text = new StringBuilder();
        var heading = h1 ?? title;
        if (heading is not null && !body.Contains(heading, StringComparison.Ordinal))
        {
            text.Append(heading).Append("\n\n");
        }
        text.AppendJoin('\n', lines);
        return (text.ToString().Trim(), h1 ?? title, date);
    }

    private static DateOnly? FindDate(string html)
    {
        var meta = DateMeta().Match(html);
        var m = meta.Success ? MetaContentDate().Match(meta.Value) : TimeElement().Match(html);
        return m.Success && DateOnly.TryParseExact(m.Groups["d"].Value, "yyyy-MM-dd", out var d) ? d : null;
    }

    private static string? Clean(string? fragment)
    {
        if (fragment is null)
        {
            return null;
        }
        var s = Spaces().Replace(WebUtility.HtmlDecode(AnyTag().Replace(fragment, " ")), " ").Trim();
        return s.Length == 0 ? null : s;
    }
}
