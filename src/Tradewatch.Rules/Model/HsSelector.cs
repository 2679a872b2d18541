using Tradewatch.Domain;

namespace Tradewatch.Rules.Model;

/// <summary>
/// One HS selector of a measure's scope: a chapter, heading or subheading, or an inclusive range of one level
/// ("72-83", "7201-7206"), with the status and HS confidence of the mapping.
/// </summary>
public sealed record HsSelector(
    string First,
    string Last,
    FactStatus Status,
    HsConfidence Confidence,
    bool CoversPart,
    string? Note,
    SourceLocation Location,
    string YamlPath)
{
    /// <summary>2, 4 or 6.</summary>
    public int Level => First.Length;

    public bool IsRange => !string.Equals(First, Last, StringComparison.Ordinal);

    /// <summary>The selector as written: <c>2701</c> or <c>72-83</c>.</summary>
    public string Text => IsRange ? $"{First}-{Last}" : First;

    /// <summary>True when a code at this level or finer lies inside the selector.</summary>
    public bool ContainsFiner(string digits)
    {
        if (digits.Length < Level)
        {
            return false;
        }
        var prefix = digits.AsSpan(0, Level);
        return prefix.CompareTo(First, StringComparison.Ordinal) >= 0 && prefix.CompareTo(Last, StringComparison.Ordinal) <= 0;
    }

    /// <summary>True when a coarser code (e.g. chapter 27 against heading 2701) has part of its goods inside the selector.</summary>
    public bool OverlapsCoarser(string digits)
    {
        if (digits.Length >= Level)
        {
            return false;
        }
        var n = digits.Length;
        return string.CompareOrdinal(First, 0, digits, 0, n) <= 0 && string.CompareOrdinal(Last, 0, digits, 0, n) >= 0;
    }

    /// <summary>True when the two selectors share at least one code.</summary>
    public bool Overlaps(HsSelector other)
    {
        var n = Math.Min(Level, other.Level);
        return string.CompareOrdinal(First, 0, other.Last, 0, n) <= 0 && string.CompareOrdinal(other.First, 0, Last, 0, n) <= 0;
    }

    public override string ToString() => Text;
}
