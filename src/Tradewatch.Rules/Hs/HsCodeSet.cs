using Tradewatch.Domain;

namespace Tradewatch.Rules.Hs;

/// <summary>An in-memory nomenclature: the six-digit subheadings of each revision, with their chapters and headings.</summary>
public sealed class HsCodeSet : IHsNomenclature
{
    private readonly Dictionary<HsRevision, HashSet<string>> _codes = [];
    private readonly Dictionary<HsRevision, List<string>> _subheadings = [];

    /// <summary>Adds six-digit subheadings (leading zeros already restored) to a revision.</summary>
    public void AddSubheadings(HsRevision revision, IEnumerable<string> hs6)
    {
        ArgumentNullException.ThrowIfNull(hs6);
        if (!_codes.TryGetValue(revision, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            _codes[revision] = set;
        }
        foreach (var code in hs6)
        {
            if (code.Length != 6 || !code.All(char.IsAsciiDigit))
            {
                throw new ArgumentException($"not a six-digit HS code: '{code}'", nameof(hs6));
            }
            set.Add(code);
            set.Add(code[..4]);
            set.Add(code[..2]);
        }
        _subheadings[revision] = set.Where(c => c.Length == 6).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Builds every revision's code list from the correspondence table: a code exists in a revision when the
    /// table maps it to or from a neighbouring revision.
    /// </summary>
    public static HsCodeSet FromCorrespondence(HsCorrespondenceTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var n = new HsCodeSet();
        foreach (var revision in HsRevisions.All)
        {
            var codes = table.CodesOf(revision);
            if (codes.Count > 0)
            {
                n.AddSubheadings(revision, codes);
            }
        }
        return n;
    }

    public bool Knows(HsRevision revision) => _codes.ContainsKey(revision);

    public bool Contains(HsRevision revision, string digits) => _codes.TryGetValue(revision, out var set) && set.Contains(digits);

    public IReadOnlyList<string> Subheadings(HsRevision revision) => _subheadings.TryGetValue(revision, out var l) ? l : [];
}
