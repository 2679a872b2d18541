using System.Text;
using Tradewatch.Claims;
using Tradewatch.Claims.Checks;
using Tradewatch.Faces.Rendering;

namespace Tradewatch.Faces.Articles;

/// <summary>
/// An article's text with each extracted claim highlighted at its exact span, and the checks beside it. The text is
/// untrusted: it is only ever written encoded, between marks this code writes.
/// </summary>
public static class ArticleView
{
    public static string Render(ClaimsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Article.Text;
        var bad = document.Checks.Where(c => c.Verdict == CheckVerdict.Inconsistent).SelectMany(c => c.Claims).ToHashSet();
        var sb = new StringBuilder("<article class=\"article-text\"><h2>").Enc(document.Article.Title ?? Path.GetFileName(document.Article.File) ?? "article").Append("</h2><p class=\"muted\">")
            .Enc(document.Article.Date is { } d ? $"published {d:yyyy-MM-dd} ({document.Article.DateBasis.ToString().ToLowerInvariant()})" : "publication date unknown").Append("</p><pre class=\"text\">");
        var at = 0;
        // Claims may overlap (a growth claim's quote contains its base); highlight each number span once, in order.
        foreach (var claim in document.Claims.OrderBy(c => c.NumberSpan.Start).ThenBy(c => c.Id))
        {
            var start = claim.NumberSpan.Start;
            var end = claim.NumberSpan.End;
            if (start < at || end > text.Length || start >= end)
            {
                continue;
            }
            sb.Enc(text[at..start]);
            sb.Append("<mark class=\"claim").Append(bad.Contains(claim.Id) ? " inconsistent" : "").Append("\" id=\"claim-").Append(claim.Id)
              .Append("\" title=\"").Append(Html.Attr($"#{claim.Id} {claim.Kind}: {claim.Quote}")).Append("\">").Enc(text[start..end]).Append("</mark>");
            at = end;
        }
        sb.Enc(text[at..]).Append("</pre></article>");

        sb.Append("<section class=\"checks\"><h3>Checks</h3><ul>");
        foreach (var check in document.Checks)
        {
            var verdict = check.Verdict switch
            {
                CheckVerdict.Consistent => "consistent",
                CheckVerdict.Inconsistent => "inconsistent",
                _ => "cannot_check",
            };
            sb.Append("<li><span class=\"badge ").Append(verdict).Append("\">").Append(verdict).Append("</span> ")
              .Enc($"claims {string.Join(", ", check.Claims.Select(c => "#" + c))}: {check.Reason}").Append("</li>");
        }
        return sb.Append("</ul></section>").ToString();
    }
}
