using System.Globalization;

namespace Tradewatch.Domain;

/// <summary>
/// An amount of US dollars, always held in dollars (not thousands). Sources state their scale on input through
/// <see cref="FromScaled"/>, so a BACI "1.5" can never be mistaken for $1.50.
/// </summary>
public readonly record struct UsdAmount : IComparable<UsdAmount>
{
    /// <summary>Creates an amount in dollars.</summary>
    public UsdAmount(decimal dollars) => Dollars = dollars;

    /// <summary>The amount in dollars.</summary>
    public decimal Dollars { get; }

    /// <summary>Zero dollars.</summary>
    public static UsdAmount Zero { get; }

    /// <summary>Converts a figure stated in <paramref name="scale"/> (e.g. thousands) into dollars.</summary>
    /// <exception cref="OverflowException">The amount does not fit.</exception>
    public static UsdAmount FromScaled(decimal value, MoneyScale scale) => new(checked(value * (int)scale));

    /// <summary>The amount expressed in <paramref name="scale"/>.</summary>
    public decimal In(MoneyScale scale) => Dollars / (int)scale;

    /// <inheritdoc/>
    public int CompareTo(UsdAmount other) => Dollars.CompareTo(other.Dollars);

    public static UsdAmount operator +(UsdAmount a, UsdAmount b) => new(checked(a.Dollars + b.Dollars));
    public static UsdAmount operator -(UsdAmount a, UsdAmount b) => new(checked(a.Dollars - b.Dollars));

    /// <summary><c>USD 57,552,468</c>.</summary>
    public override string ToString() => "USD " + Dollars.ToString("#,0.##", CultureInfo.InvariantCulture);
}
