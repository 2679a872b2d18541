using Tradewatch.Domain;

namespace Tradewatch.Claims;

/// <summary>Settings for <see cref="ClaimExtractor"/>.</summary>
public readonly record struct ClaimExtractorOptions
{
    public ClaimExtractorOptions()
    {
    }

    /// <summary>
    /// The country the articles are about (Tradewatch watches North Korea's trade). When a claim names only one
    /// other side of a flow ("Russian oil shipments rose"), the missing side is taken to be this country.
    /// Null turns the assumption off.
    /// </summary>
    public CountryCode? FocusCountry { get; init; } = CountryCode.Parse("PRK");
}
