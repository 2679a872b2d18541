using Tradewatch.Domain;

namespace Tradewatch.Claims;

/// <summary>One checkable number in an article, with everything needed to check it and its exact span.</summary>
public sealed record Claim
{
    public required int Id { get; init; }

    /// <summary>Exactly <c>article.Text[Span.Start..Span.End]</c>.</summary>
    public required string Quote { get; init; }

    public required TextSpan Span { get; init; }

    /// <summary>Span of the number itself (inside <see cref="Span"/>).</summary>
    public required TextSpan NumberSpan { get; init; }

    /// <summary>1-based line and column of the number, for located messages.</summary>
    public int Line { get; init; }

    public int Column { get; init; }

    public required ClaimKind Kind { get; init; }

    public ClaimFlow? Flow { get; init; }

    public CountryCode? From { get; init; }

    public CountryCode? To { get; init; }

    public string? Commodity { get; init; }

    public string? Hs { get; init; }

    public decimal? Value { get; init; }

    public string? Unit { get; init; }

    public Period? Period { get; init; }

    /// <summary>True when the period was carried over from earlier sentences rather than stated with the number.</summary>
    public bool PeriodInferred { get; init; }

    public ClaimComparison? Comparison { get; init; }

    public string? Source { get; init; }

    public string? Notes { get; init; }

    /// <summary>about | nearly | more_than | at_least | less_than, or null.</summary>
    public string? Qualifier { get; init; }

    /// <summary>cap, record_claim, …, or null.</summary>
    public string? Measure { get; init; }
}
