namespace Tradewatch.Domain;

/// <summary>What a trade "partner" really is. Only aggregates are sums of other rows.</summary>
public enum AreaKind
{
    /// <summary>A current country or territory with an ISO code.</summary>
    Country,

    /// <summary>A former state (USSR, GDR, Yugoslavia …) that reported or was reported under its own code.</summary>
    Historical,

    /// <summary>
    /// A real but unallocated partner (Other Asia nes, Areas nes, Bunkers, Free Zones, Special Categories):
    /// not a sum of other rows, so it counts in totals, but it is not a country.
    /// </summary>
    Unspecified,

    /// <summary>A sum of other areas (World, regions). Never a country; never summed with its parts.</summary>
    Aggregate,
}
