using Tradewatch.Domain;

namespace Tradewatch.Claims.Assembly;

/// <summary>
/// What the reader carries from sentence to sentence: whose trade is being discussed and with whom, the period
/// and the source last stated. Later sentences lean on it ("Exports stood at…", "during the cited period").
/// </summary>
internal sealed class ReadingContext
{
    public CountryCode? Owner { get; set; }

    public CountryCode? Partner { get; set; }

    public Period? Period { get; set; }

    public string? Source { get; set; }

    public ClaimFlow? Flow { get; set; }

    /// <summary>The other side of the current pair from <paramref name="country"/>.</summary>
    public CountryCode? Other(CountryCode? country)
    {
        if (country is null)
        {
            return Partner ?? Owner;
        }
        if (country == Owner)
        {
            return Partner;
        }
        return country == Partner ? Owner : Owner;
    }

    public void SetPair(CountryCode? owner, CountryCode? partner)
    {
        if (owner is null && partner is null)
        {
            return;
        }
        if (owner is not null && partner is not null && owner != partner)
        {
            (Owner, Partner) = (owner, partner);
        }
        else if (owner is not null)
        {
            if (owner == Partner)
            {
                Partner = Owner;
            }
            Owner = owner;
        }
        else if (partner != Owner)
        {
            Partner = partner;
        }
    }
}
