using Tradewatch.Domain;

namespace Tradewatch.Rules.Hs;

/// <summary>Lets the validator and compiler use the Domain <see cref="HsNomenclature"/> the data layer fills.</summary>
public sealed class DomainNomenclature(HsNomenclature nomenclature) : IHsNomenclature
{
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
