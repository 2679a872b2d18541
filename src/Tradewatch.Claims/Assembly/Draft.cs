using Tradewatch.Claims.Recognizers;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Assembly;

/// <summary>A claim being put together from one amount and its surroundings.</summary>
internal sealed class Draft
{
    public required AmountMention Amount { get; init; }

    public required Text.Sentence Sentence { get; init; }

    public TextSpan Span { get; set; }

    public ClaimKind Kind { get; set; }

    public ClaimFlow? Flow { get; set; }

    public CountryCode? From { get; set; }

    public CountryCode? To { get; set; }

    public string? Commodity { get; set; }

    public string? Hs { get; set; }

    public decimal? Value { get; set; }

    public string? Unit { get; set; }

    public Period? Period { get; set; }

    public ClaimComparison? Comparison { get; set; }

    public string? Source { get; set; }

    public string? Measure { get; set; }

    public string? Notes { get; set; }

    /// <summary>The period was carried over from earlier text, not stated next to the number.</summary>
    public bool PeriodInferred { get; set; }

    /// <summary>The amount is the base of a comparison ("from $1.8 billion"), so its period is the base period.</summary>
    public bool IsBase { get; set; }
}
