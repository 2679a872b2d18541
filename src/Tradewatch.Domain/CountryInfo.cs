namespace Tradewatch.Domain;

/// <summary>One area of the catalog: its code, names and numeric codes.</summary>
/// <param name="Code">ISO alpha-3 or the non-ISO area code.</param>
/// <param name="Name">Display name in English.</param>
/// <param name="Kind">Country, historical state, unspecified area or aggregate.</param>
/// <param name="M49">UN M49 / ISO numeric code where there is one.</param>
/// <param name="Alpha2">ISO alpha-2 where there is one.</param>
public sealed record CountryInfo(CountryCode Code, string Name, AreaKind Kind, int? M49, string? Alpha2)
{
    /// <summary>True for World and regional sums.</summary>
    public bool IsAggregate => Kind == AreaKind.Aggregate;
}
