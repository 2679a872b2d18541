namespace Tradewatch.Faces.Charts;

/// <summary>One named series of a chart: a value (or none) per category, with a CSS class for its colour.</summary>
/// <param name="Name">Legend text.</param>
/// <param name="CssClass">Colour class (s0…s7, or a status class such as banned/unrestricted).</param>
/// <param name="Values">One value per category; null = no data (drawn as a gap, never as zero).</param>
/// <param name="Provenance">Per category, where the value comes from (shown on hover).</param>
public sealed record ChartSeries(string Name, string CssClass, IReadOnlyList<decimal?> Values, IReadOnlyList<string?>? Provenance = null);
