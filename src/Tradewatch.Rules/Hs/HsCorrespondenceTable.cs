using Tradewatch.Domain;

namespace Tradewatch.Rules.Hs;

/// <summary>
/// Six-digit correspondences between neighbouring HS revisions (HS1992→HS1996→…→HS2022), used to match a flow
/// written in one revision against a measure written in another.
/// </summary>
public sealed class HsCorrespondenceTable
{
    // (older revision) → older code → newer codes, and the reverse; one step per neighbouring pair.
    private readonly Dictionary<HsRevision, Dictionary<string, List<string>>> _forward = [];
    private readonly Dictionary<HsRevision, Dictionary<string, List<string>>> _backward = [];
    private readonly Dictionary<HsRevision, HashSet<string>> _codes = [];

    /// <summary>Adds one link: <paramref name="olderCode"/> in <paramref name="older"/> corresponds to <paramref name="newerCode"/> in the next revision.</summary>
    public void Add(HsRevision older, string olderCode, string newerCode)
    {
        var newer = Next(older) ?? throw new ArgumentException($"{older.Name()} has no newer revision", nameof(older));
        Link(_forward, older, olderCode, newerCode);
        Link(_backward, newer, newerCode, olderCode);
        Code(older, olderCode);
        Code(newer, newerCode);
    }

    /// <summary>Adds a link given as two codes of neighbouring revisions, in either order.</summary>
    public void Add(HsCode a, HsCode b)
    {
        var (older, newer) = a.Revision < b.Revision ? (a, b) : (b, a);
        if (Next(older.Revision) == newer.Revision && older.Level == 6 && newer.Level == 6)
        {
            Add(older.Revision, older.Digits, newer.Digits);
        }
    }

    /// <summary>
    /// Reads the consolidated Comtrade concordance (columns <c>code.after,code.before,Relationship,adjustment</c>,
    /// adjustment like <c>2017 to 2012</c>). Codes lost their leading zeros there and are padded back to six digits;
    /// SITC rows are skipped.
    /// </summary>
    public static HsCorrespondenceTable FromConsolidatedCsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var table = new HsCorrespondenceTable();
        _ = reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var parts = line.Split(',');
            if (parts.Length < 4)
            {
                continue;
            }
            var years = parts[3].Split(" to ");
            if (years.Length != 2 || !HsRevisions.TryParse(years[0], out var newer) || !HsRevisions.TryParse(years[1], out var older))
            {
                continue;
            }
            if (Next(older) != newer)
            {
                continue;
            }
            table.Add(older, parts[1].Trim().PadLeft(6, '0'), parts[0].Trim().PadLeft(6, '0'));
        }
        return table;
    }

    /// <summary>Every six-digit code the table knows in a revision.</summary>
    public IReadOnlySet<string> CodesOf(HsRevision revision) => _codes.TryGetValue(revision, out var s) ? s : new HashSet<string>();

    /// <summary>
    /// The codes of <paramref name="to"/> that correspond to a six-digit <paramref name="hs6"/> of <paramref name="from"/>,
    /// stepping through every revision in between. <paramref name="oneToOne"/> is true when every step was a single link.
    /// </summary>
    public IReadOnlyList<string> Map(string hs6, HsRevision from, HsRevision to, out bool oneToOne)
    {
        oneToOne = true;
        var current = new List<string> { hs6 };
        var rev = from;
        while (rev != to)
        {
            var forward = rev < to;
            var map = forward ? _forward : _backward;
            var next = forward ? Next(rev) : Previous(rev);
            if (next is null || !map.TryGetValue(rev, out var step))
            {
                return [];
            }
            var mapped = new List<string>();
            foreach (var code in current)
            {
                if (step.TryGetValue(code, out var targets))
                {
                    if (targets.Count != 1)
                    {
                        oneToOne = false;
                    }
                    mapped.AddRange(targets);
                }
            }
            current = mapped.Distinct(StringComparer.Ordinal).ToList();
            rev = next.Value;
        }
        if (current.Count != 1)
        {
            oneToOne = false;
        }
        return current;
    }

    private static HsRevision? Next(HsRevision r)
    {
        var i = IndexOf(r);
        return i >= 0 && i + 1 < HsRevisions.All.Count ? HsRevisions.All[i + 1] : null;
    }

    private static HsRevision? Previous(HsRevision r)
    {
        var i = IndexOf(r);
        return i > 0 ? HsRevisions.All[i - 1] : null;
    }

    private static int IndexOf(HsRevision r)
    {
        for (var i = 0; i < HsRevisions.All.Count; i++)
        {
            if (HsRevisions.All[i] == r)
            {
                return i;
            }
        }
        return -1;
    }

    private static void Link(Dictionary<HsRevision, Dictionary<string, List<string>>> map, HsRevision rev, string from, string to)
    {
        if (!map.TryGetValue(rev, out var codes))
        {
            codes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            map[rev] = codes;
        }
        if (!codes.TryGetValue(from, out var list))
        {
            list = [];
            codes[from] = list;
        }
        if (!list.Contains(to, StringComparer.Ordinal))
        {
            list.Add(to);
        }
    }

    private void Code(HsRevision rev, string code)
    {
        if (!_codes.TryGetValue(rev, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            _codes[rev] = set;
        }
        set.Add(code);
    }
}
