namespace Tradewatch.Domain;

/// <summary>Units that trade statistics and sanctions caps use for quantities.</summary>
public enum QuantityUnit
{
    /// <summary>No quantity reported.</summary>
    None,
    Kilogram,
    Tonne,
    Barrel,
    Litre,
    CubicMetre,
    SquareMetre,
    Metre,
    Item,
    Pair,
    Carat,
    Gram,
    KilowattHour,
    /// <summary>A unit the source named that Tradewatch does not convert; its text is kept beside the value.</summary>
    Other,
}

/// <summary>Names and conversions for <see cref="QuantityUnit"/>.</summary>
public static class QuantityUnits
{
    /// <summary>Short symbol: kg, t, bbl, l, m3 …</summary>
    public static string Symbol(this QuantityUnit unit) => unit switch
    {
        QuantityUnit.None => "",
        QuantityUnit.Kilogram => "kg",
        QuantityUnit.Tonne => "t",
        QuantityUnit.Barrel => "bbl",
        QuantityUnit.Litre => "l",
        QuantityUnit.CubicMetre => "m3",
        QuantityUnit.SquareMetre => "m2",
        QuantityUnit.Metre => "m",
        QuantityUnit.Item => "items",
        QuantityUnit.Pair => "pairs",
        QuantityUnit.Carat => "carat",
        QuantityUnit.Gram => "g",
        QuantityUnit.KilowattHour => "kWh",
        _ => "other",
    };

    /// <summary>
    /// Recognises symbols and the unit descriptions of Comtrade ("Weight in kilograms", "Number of items",
    /// "Volume in litres") and of customs files ("KG", "T", "ШТ" is not handled: national units go through a mapping).
    /// </summary>
    public static bool TryParse(string? text, out QuantityUnit unit)
    {
        unit = QuantityUnit.None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var t = text.Trim().ToLowerInvariant();
        unit = t switch
        {
            "kg" or "kgs" or "kilogram" or "kilograms" or "weight in kilograms" => QuantityUnit.Kilogram,
            "t" or "ton" or "tons" or "tonne" or "tonnes" or "metric ton" or "metric tons" or "mt" => QuantityUnit.Tonne,
            "bbl" or "barrel" or "barrels" => QuantityUnit.Barrel,
            "l" or "litre" or "litres" or "liter" or "liters" or "volume in litres" or "volume in liters" => QuantityUnit.Litre,
            "m3" or "m³" or "cubic metre" or "cubic metres" or "volume in cubic meters" or "volume in cubic metres" => QuantityUnit.CubicMetre,
            "m2" or "m²" or "area in square meters" or "area in square metres" => QuantityUnit.SquareMetre,
            "m" or "length in meters" or "length in metres" => QuantityUnit.Metre,
            "u" or "items" or "number of items" or "number" or "pcs" => QuantityUnit.Item,
            "pairs" or "number of pairs" => QuantityUnit.Pair,
            "carat" or "carats" or "weight in carats" => QuantityUnit.Carat,
            "g" or "gram" or "grams" => QuantityUnit.Gram,
            "kwh" or "thousands of kilowatt-hours" => QuantityUnit.KilowattHour,
            "no quantity" or "none" or "" => QuantityUnit.None,
            _ => QuantityUnit.Other,
        };
        return unit != QuantityUnit.Other;
    }

    /// <summary>Kilograms per unit for units of mass; null for all others.</summary>
    public static decimal? KilogramsPer(this QuantityUnit unit) => unit switch
    {
        QuantityUnit.Kilogram => 1m,
        QuantityUnit.Tonne => 1000m,
        QuantityUnit.Gram => 0.001m,
        _ => null,
    };
}
