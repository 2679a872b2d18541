using Tradewatch.Domain;

namespace Tradewatch.Rules.Hs;

/// <summary>Lets the validator and compiler use the Domain <see cref="HsNomenclature"/> the data layer fills.</summary>
public sealed class DomainNomenclature(HsNomenclature nomenclature) : IHsNomenclature
{
    /// <summary>
    /// A nomenclature of every revision the correspondence table knows (a code exists in a revision when the table
    /// maps it to or from a neighbouring revision), with chapters and headings derived from the subheadings.
    /// For tools that run without the data layer (tests, bench).
    /// </summary>
    public static DomainNomenclature FromCorrespondence(HsCorrespondenceTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var n = new HsNomenclature();
        foreach (var revision in HsRevisions.All)
        {
            foreach (var code in table.CodesOf(revision))
            {
                n.Add(revision, code, null, null);
                n.Add(revision, code[..4], null, null);
                n.Add(revision, code[..2], null, null);
            }
        }
        return new DomainNomenclature(n);
    }

    private readonly Dictionary<HsRevision, IReadOnlyList<string>> _subheadings = [];

    public bool Knows(HsRevision revision) => Subheadings(revision).Count > 0;

    public bool Contains(HsRevision revision, string digits) =>
        HsCode.IsValidDigits(digits) && nomenclature.Contains(HsCode.Create(digits, revision));

    public IReadOnlyList<string> Subheadings(HsRevision revision)
    {
        lock (_subheadings)
        {
            if (!_subheadings.TryGetValue(revision, out var list))
            {
                list = nomenclature.EntriesOf(revision).Where(e => e.Code.Level == 6).Select(e => e.Code.Digits).Order(StringComparer.Ordinal).ToList();
                _subheadings[revision] = list;
            }
            return list;
        }
    }
}
