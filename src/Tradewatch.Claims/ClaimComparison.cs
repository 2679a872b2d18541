using Tradewatch.Domain;

namespace Tradewatch.Claims;

/// <summary>The base a growth or share claim is measured against.</summary>
public sealed record ClaimComparison(decimal? Value, string? Unit, Period? Period);
