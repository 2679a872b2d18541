namespace Tradewatch.Analytics;

/// <summary>
/// A value known only within bounds: <see cref="Min"/> counts ledger rows wholly inside a scope, <see cref="Max"/>
/// every row that touches it (a chapter against a heading). Equal when the data is as fine as the rules.
/// </summary>
public readonly record struct ValueRange(decimal Min, decimal Max)
{
    public bool IsExact => Min == Max;

    public static ValueRange Exact(decimal value) => new(value, value);

    /// <summary>Rounds two SQL doubles (pro-rated sums) to cents.</summary>
    internal static ValueRange FromDoubles(double min, double max) => new(Cents(min), Cents(max));

    internal static decimal Cents(double v) => Math.Round((decimal)v, 2, MidpointRounding.AwayFromZero);

    public override string ToString() => IsExact ? $"{Min:N0}" : $"{Min:N0}..{Max:N0}";
}
