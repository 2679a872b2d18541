using Tradewatch.Analytics.Breaches;
using Tradewatch.Analytics.Caps;
using Tradewatch.Analytics.Exposure;
using Tradewatch.Claims;
using Tradewatch.Data.Queries;
using Tradewatch.Domain;
using Tradewatch.Rules.Model;

namespace Tradewatch.Faces.Report;

/// <summary>Everything one report (or dashboard view) shows for a country pair, gathered from the store, the rulebooks and the articles.</summary>
public sealed record PairReport
{
    public required CountryInfo From { get; init; }
    public required CountryInfo To { get; init; }
    public required Period Period { get; init; }

    /// <summary>Goods moving From → To, default dataset policy, by year.</summary>
    public required FlowsResult Forward { get; init; }

    /// <summary>Goods moving To → From, default dataset policy, by year.</summary>
    public required FlowsResult Backward { get; init; }

    /// <summary>From → To per dataset, by year (source against source).</summary>
    public required IReadOnlyList<(string Dataset, FlowsResult Flows)> ForwardByDataset { get; init; }

    /// <summary>From → To by HS chapter over the whole period.</summary>
    public required FlowsResult ForwardByChapter { get; init; }

    public required IReadOnlyList<DatasetInfo> Datasets { get; init; }

    /// <summary>From → To exposure to the measures, by year (ranges where the data is coarser than the rules).</summary>
    public required IReadOnlyList<ExposurePeriod> Exposure { get; init; }

    /// <summary>From → To breach indicators.</summary>
    public required IReadOnlyList<BreachIndicator> Breaches { get; init; }

    /// <summary>Cap windows overlapping the period, for measures whose targets include either country.</summary>
    public required IReadOnlyList<CapUse> Caps { get; init; }

    /// <summary>Measures whose targets include either country.</summary>
    public required IReadOnlyList<Measure> Measures { get; init; }

    public required IReadOnlyList<Rulebook> Rulebooks { get; init; }

    /// <summary>Articles with at least one claim about the pair, their claims checked.</summary>
    public required IReadOnlyList<ClaimsDocument> Articles { get; init; }

    public required IReadOnlyList<ClaimCheck> CrossChecks { get; init; }

    /// <summary>HS chapter → (section numeral, section title).</summary>
    public required IReadOnlyDictionary<string, (string Section, string Title)> ChapterSections { get; init; }

    /// <summary>HS chapter → the measures in force at the end of the period whose scope and direction touch it.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Rules.Matching.MeasureMatch>> ChapterMeasures { get; init; }

    /// <summary>HS chapter → section title, for composition.</summary>
    public required IReadOnlyDictionary<string, string> ChapterNames { get; init; }

    /// <summary>Years of the period, in order.</summary>
    public IReadOnlyList<int> Years => Enumerable.Range(Period.Start.Year, Period.End.Year - Period.Start.Year + 1).ToList();

    /// <summary>Claims of the loaded articles about this pair (either direction or both).</summary>
    public IEnumerable<(ClaimsDocument Document, Claim Claim)> PairClaims =>
        Articles.SelectMany(d => d.Claims.Where(c => IsAboutPair(c, From.Code, To.Code)).Select(c => (d, c)));

    public static bool IsAboutPair(Claim c, CountryCode a, CountryCode b) =>
        (c.From == a && c.To == b) || (c.From == b && c.To == a);
}
