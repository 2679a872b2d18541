namespace Tradewatch.Domain;

/// <summary>
/// A revision of the Harmonized System nomenclature. Codes from different revisions are different things:
/// the same six digits can name different goods in HS1992 and HS2017.
/// </summary>
public enum HsRevision
{
    /// <summary>Revision not stated (e.g. a code typed on the command line); compares by digits only.</summary>
    Unspecified = 0,
    HS1992 = 1992,
    HS1996 = 1996,
    HS2002 = 2002,
    HS2007 = 2007,
    HS2012 = 2012,
    HS2017 = 2017,
    HS2022 = 2022,
}

/// <summary>Parsing and naming of <see cref="HsRevision"/> in the spellings the data sources use.</summary>
public static class HsRevisions
{
    /// <summary>All real revisions, oldest first.</summary>
    public static IReadOnlyList<HsRevision> All { get; } =
        [HsRevision.HS1992, HsRevision.HS1996, HsRevision.HS2002, HsRevision.HS2007, HsRevision.HS2012, HsRevision.HS2017, HsRevision.HS2022];

    /// <summary>
    /// Accepts Comtrade classification codes (<c>H0</c>…<c>H6</c>), BACI names (<c>HS92</c>, <c>HS17</c>),
    /// full names (<c>HS1992</c>, <c>HS 2017</c>) and bare years (<c>1992</c>).
    /// </summary>
    public static bool TryParse(string? text, out HsRevision revision)
    {
        revision = HsRevision.Unspecified;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var t = text.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        revision = t switch
        {
            "H0" or "HS92" or "HS1992" or "1992" => HsRevision.HS1992,
            "H1" or "HS96" or "HS1996" or "1996" => HsRevision.HS1996,
            "H2" or "HS02" or "HS2002" or "2002" => HsRevision.HS2002,
            "H3" or "HS07" or "HS2007" or "2007" => HsRevision.HS2007,
            "H4" or "HS12" or "HS2012" or "2012" => HsRevision.HS2012,
            "H5" or "HS17" or "HS2017" or "2017" => HsRevision.HS2017,
            "H6" or "HS22" or "HS2022" or "2022" => HsRevision.HS2022,
            _ => HsRevision.Unspecified,
        };
        return revision != HsRevision.Unspecified;
    }

    /// <summary>Parses like <see cref="TryParse"/>, throwing <see cref="FormatException"/> on failure.</summary>
    /// <exception cref="FormatException">The text names no HS revision.</exception>
    public static HsRevision Parse(string text) =>
        TryParse(text, out var r) ? r : throw new FormatException(ErrorMessages.Expected("an HS revision (H0..H6, HS1992..HS2022)", text));

    /// <summary>The canonical name, e.g. <c>HS2017</c>.</summary>
    public static string Name(this HsRevision revision) =>
        revision == HsRevision.Unspecified ? "" : "HS" + ((int)revision).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
