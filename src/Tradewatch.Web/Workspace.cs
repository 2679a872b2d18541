using Tradewatch.Claims;
using Tradewatch.Claims.Checks;
using Tradewatch.Data.Reference;
using Tradewatch.Domain;
using Tradewatch.Faces.Report;
using Tradewatch.Rules.Hs;
using Tradewatch.Rules.Model;
using Tradewatch.Rules.Validation;

namespace Tradewatch.Web;

/// <summary>
/// What the server loads once: the validated rulebooks and the articles (bundled ones, then uploads), each
/// with its extracted and checked claims.
/// </summary>
public sealed class Workspace
{
    private readonly object _lock = new();
    private readonly List<ClaimsDocument> _articles = [];

    public Workspace(WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (set, errors) = RulebookValidator.LoadAndValidate(options.RulebooksPath, new DomainNomenclature(HsNomenclatureLoader.Default));
        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
        Rules = set;
        foreach (var c in HsNomenclatureLoader.Correspondences)
        {
            Correspondence.Add(c.From, c.To);
        }
        if (options.ArticlesFolder is { } folder)
        {
            foreach (var article in PairReportBuilder.ReadArticles(folder))
            {
                _articles.Add(ClaimChecker.Default.Check(ClaimExtractor.Default.Extract(article)));
            }
        }
    }

    public RulebookSet Rules { get; }

    /// <summary>HS revision correspondences, for matching a code written in another revision than a measure's.</summary>
    public HsCorrespondenceTable Correspondence { get; } = new();

    public IReadOnlyList<ClaimsDocument> Articles
    {
        get
        {
            lock (_lock)
            {
                return [.. _articles];
            }
        }
    }

    /// <summary>Adds an uploaded article; returns its index.</summary>
    public int Add(ClaimsDocument document)
    {
        lock (_lock)
        {
            _articles.Add(document);
            return _articles.Count - 1;
        }
    }
}
