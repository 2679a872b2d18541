namespace Tradewatch.Claims.Assembly;

/// <summary>What a country mention is in its sentence, read from the word before it and its form.</summary>
internal enum CountryRole
{
    /// <summary>"Russia's exports", "Russian exports", "North Korea's $11 billion".</summary>
    Owner,

    /// <summary>A bare name, usually the subject: "Russia shipped…", "the North exported…".</summary>
    Subject,

    /// <summary>"to North Korea", "into the North", "sold Pyongyang".</summary>
    Destination,

    /// <summary>"from North Korea".</summary>
    Origin,

    /// <summary>"trade with China".</summary>
    Partner,

    /// <summary>First of "between X and Y" or "X-Y".</summary>
    PairFirst,

    /// <summary>Second of "between X and Y" or "X-Y".</summary>
    PairSecond,

    /// <summary>"in Vladivostok", "of X" without possessive: not a trade side.</summary>
    Other,
}
