using Tradewatch.Domain;

namespace Tradewatch.Rules.Hs;

/// <summary>The codes that exist in each HS revision. Rules takes it as input so it never depends on the Data layer.</summary>
public interface IHsNomenclature
{
    /// <summary>True when codes of this revision are known (otherwise selectors cannot be checked).</summary>
    bool Knows(HsRevision revision);

    /// <summary>True when the chapter, heading or subheading exists in the revision.</summary>
    bool Contains(HsRevision revision, string digits);

    /// <summary>All six-digit subheadings of the revision, sorted.</summary>
    IReadOnlyList<string> Subheadings(HsRevision revision);
}
