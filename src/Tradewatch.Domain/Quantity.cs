using System.Globalization;

namespace Tradewatch.Domain;

/// <summary>A quantity with its unit: 13.235 t, 4,000,000 bbl. A bare number is never a quantity.</summary>
public readonly record struct Quantity(decimal Value, QuantityUnit Unit)
{
    /// <summary>The same mass in kilograms, or null when the unit is not a mass.</summary>
    public decimal? ToKilograms() => Unit.KilogramsPer() is decimal k ? checked(Value * k) : null;

    /// <summary><c>13.235 t</c>.</summary>
    public override string ToString() => $"{Value.ToString("0.###", CultureInfo.InvariantCulture)} {Unit.Symbol()}";
}
