namespace Tradewatch.Domain;

/// <summary>One entry of an HS nomenclature: the code, its description and HS section (roman numeral).</summary>
public sealed record HsEntry(HsCode Code, string? Description, string? Section);

/// <summary>
/// The codes that exist in each HS revision (chapters, headings, subheadings), with descriptions where the
/// reference data has them. Filled by the data layer from bundled reference files; pure and in-memory here.
/// </summary>
public sealed class HsNomenclature
{
    private readonly Dictionary<(HsRevision, string), HsEntry> _entries = [];
    private readonly Dictionary<string, string> _sectionNames = new(StringComparer.Ordinal);

    /// <summary>Adds or completes an entry; a later description or section fills a missing one, never overwrites.</summary>
    public void Add(HsRevision revision, string digits, string? description, string? section)
    {
        var code = HsCode.Create(digits, revision);
        var key = (revision, digits);
        if (_entries.TryGetValue(key, out var existing))
        {
            _entries[key] = existing with
            {
                Description = existing.Description ?? description,
                Section = existing.Section ?? section,
            };
            return;
        }
        _entries[key] = new HsEntry(code, description, section);
    }

    /// <summary>Names an HS section (roman numeral → title).</summary>
    public void AddSection(string section, string name) => _sectionNames[section] = name;

    /// <summary>True when the code exists in its revision's nomenclature (an unspecified revision matches any).</summary>
    public bool Contains(HsCode code) => Find(code) is not null;

    /// <summary>The entry for a code, searching every revision when the code's revision is unspecified.</summary>
    public HsEntry? Find(HsCode code)
    {
        if (code.Revision != HsRevision.Unspecified)
        {
            return _entries.GetValueOrDefault((code.Revision, code.Digits));
        }
        for (var i = HsRevisions.All.Count - 1; i >= 0; i--)
        {
            if (_entries.TryGetValue((HsRevisions.All[i], code.Digits), out var entry))
            {
                return entry;
            }
        }
        return null;
    }

    /// <summary>All entries of one revision.</summary>
    public IEnumerable<HsEntry> EntriesOf(HsRevision revision) => _entries.Values.Where(e => e.Code.Revision == revision);

    /// <summary>All entries.</summary>
    public IEnumerable<HsEntry> Entries => _entries.Values;

    /// <summary>Section titles by roman numeral.</summary>
    public IReadOnlyDictionary<string, string> SectionNames => _sectionNames;

    /// <summary>Number of entries over all revisions.</summary>
    public int Count => _entries.Count;
}
