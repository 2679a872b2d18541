using Tradewatch.Domain;

namespace Tradewatch.Claims.Recognizers;

/// <summary>Something a recognizer found in the text, with its exact span.</summary>
internal abstract record Mention(TextSpan Span);

internal enum AmountKind
{
    Money,
    Quantity,
    Percent,
    Multiple,
    Fraction,
    Record,
}

/// <summary>
/// A number with its unit. <see cref="Value"/> is in base units (dollars, tons, percent points, times).
/// <see cref="Qualifier"/> comes from hedges like "about", "more than".
/// </summary>
internal sealed record AmountMention(TextSpan Span, AmountKind Kind, decimal? Value, string? Unit, string? Qualifier) : Mention(Span)
{
    /// <summary>For multiples and fractions: the sign or role the word itself carries ("halved" is a fall).</summary>
    public bool ImpliesFall { get; init; }

    /// <summary>A fraction read "as much as" (a ratio), not "of" (a share).</summary>
    public bool IsRatio { get; init; }

    /// <summary>Quantity stated per year ("barrels per year", "annual quota").</summary>
    public bool PerYear { get; init; }
}

internal enum PeriodRole
{
    /// <summary>The period a figure is for.</summary>
    Main,

    /// <summary>The base of a comparison ("from a year earlier", "compared with 2019").</summary>
    Comparison,

    /// <summary>Not a claim period: a date of an event, "since 2014", "going back to January 2014".</summary>
    Ignore,
}

internal enum PeriodRelation
{
    /// <summary><see cref="PeriodMention.Period"/> is absolute.</summary>
    Absolute,

    /// <summary>The same months one year before the main period ("a year earlier", "the same period last year").</summary>
    YearBeforeMain,

    /// <summary>Whatever the main period is ("during the cited period").</summary>
    SameAsMain,
}

internal sealed record PeriodMention(TextSpan Span, Period? Period, PeriodRelation Relation, PeriodRole Role) : Mention(Span)
{
    /// <summary>True for "last year" style mentions that mean "the same months last year" when used as a base.</summary>
    public bool IsLastYear { get; init; }
}

internal enum CountryForm
{
    Name,
    Adjective,
    Capital,
}

internal sealed record CountryMention(TextSpan Span, CountryCode Country, CountryForm Form, bool Possessive) : Mention(Span)
{
    /// <summary>Second country of a hyphenated pair ("N. Korea-Russia trade", "Russian-North Korean").</summary>
    public bool PairedWithPrevious { get; init; }
}

internal sealed record CommodityMention(TextSpan Span, string Name, string? Hs) : Mention(Span);

/// <summary>
/// <see cref="Strength"/>: 2 when named as the origin of the data ("citing data from X"), 1 for "according to X",
/// 0 for a plain mention. The strongest attribution in a sentence is the source of its figures.
/// </summary>
internal sealed record SourceMention(TextSpan Span, string Name, int Strength) : Mention(Span);

internal enum CueKind
{
    Exports,
    Imports,
    Trade,
    Turnover,
    Balance,
    Debt,
    Rise,
    Fall,
    ShareVerb,
    PairReference,

    /// <summary>What is measured is not trade: the economy, prices, workers' earnings.</summary>
    NonTrade,
}

/// <summary>A word that tells what a nearby number is about: a flow, a direction of change, debt, a share verb.</summary>
internal sealed record CueMention(TextSpan Span, CueKind Kind) : Mention(Span);
