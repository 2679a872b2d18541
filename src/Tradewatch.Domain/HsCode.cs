using System.Diagnostics.CodeAnalysis;

namespace Tradewatch.Domain;

/// <summary>
/// A Harmonized System code: a chapter (2 digits), heading (4), subheading (6), or a national tariff line
/// (8 or 10 digits, kept as reported and rolled up with <see cref="Hs6"/>), in a stated <see cref="HsRevision"/>.
/// Codes are strings of digits, never integers: "01" and "1" are not the same code.
/// </summary>
/// <remarks>
/// Equality includes the revision. Ordering across two different stated revisions throws, like NodaTime's
/// YearMonth across calendars: "270112 in HS1992 &lt; 270112 in HS2017" means nothing.
/// </remarks>
public readonly struct HsCode : IEquatable<HsCode>, IComparable<HsCode>, ISpanParsable<HsCode>
{
    private readonly string? _digits;

    private HsCode(string digits, HsRevision revision)
    {
        _digits = digits;
        Revision = revision;
    }

    /// <summary>The digits, with leading zeros, e.g. <c>"010121"</c>.</summary>
    public string Digits => _digits ?? "";

    /// <summary>The nomenclature revision the code is written in.</summary>
    public HsRevision Revision { get; }

    /// <summary>Number of digits: 2 (chapter), 4 (heading), 6 (subheading), 8 or 10 (national line).</summary>
    public int Level => Digits.Length;

    /// <summary>The chapter this code belongs to (itself for a chapter).</summary>
    public HsCode Chapter => Truncate(2);

    /// <summary>The heading this code belongs to; a chapter has none.</summary>
    /// <exception cref="InvalidOperationException">The code is a chapter.</exception>
    public HsCode Heading => Level >= 4 ? Truncate(4) : throw new InvalidOperationException($"HS chapter {Digits} has no heading");

    /// <summary>The six-digit subheading a national line rolls up to (itself for HS6).</summary>
    /// <exception cref="InvalidOperationException">The code is coarser than six digits.</exception>
    public HsCode Hs6 => Level >= 6 ? Truncate(6) : throw new InvalidOperationException($"HS code {Digits} is coarser than six digits");

    /// <summary>The next coarser level (10→8→6→4→2), or null for a chapter.</summary>
    public HsCode? Parent => Level switch
    {
        2 => null,
        _ => Truncate(Level - 2),
    };

    /// <summary>Creates a code from its digits.</summary>
    /// <exception cref="FormatException">The digits are not 2, 4, 6, 8 or 10 decimal digits.</exception>
    public static HsCode Create(string digits, HsRevision revision = HsRevision.Unspecified)
    {
        ArgumentNullException.ThrowIfNull(digits);
        return IsValidDigits(digits)
            ? new HsCode(digits, revision)
            : throw new FormatException(ErrorMessages.Expected(ErrorMessages.HsCodeDigits, digits));
    }

    /// <summary>True for 2, 4, 6, 8 or 10 ASCII digits.</summary>
    public static bool IsValidDigits(ReadOnlySpan<char> digits)
    {
        if (digits.Length is not (2 or 4 or 6 or 8 or 10))
        {
            return false;
        }
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Restores a leading zero that a format is *known* to drop (BACI's <c>k</c>, Comtrade codes that went through
    /// a spreadsheet, the Harvard concordance): only when the caller knows the intended length and exactly one
    /// digit is missing. Anything else is returned unchanged so that validation rejects it — never guessed.
    /// </summary>
    public static string RepairLostLeadingZero(string digits, int declaredLength)
    {
        ArgumentNullException.ThrowIfNull(digits);
        return digits.Length == declaredLength - 1 && declaredLength is 2 or 4 or 6 or 8 or 10 && digits.All(char.IsAsciiDigit)
            ? "0" + digits
            : digits;
    }

    /// <summary>
    /// True when <paramref name="other"/> is this code or lies below it (prefix containment), in the same revision
    /// or where either revision is unspecified.
    /// </summary>
    public bool Contains(HsCode other) =>
        RevisionsCompatible(Revision, other.Revision)
        && other.Level >= Level
        && other.Digits.StartsWith(Digits, StringComparison.Ordinal);

    /// <summary>True when this code lies within <paramref name="ancestor"/>.</summary>
    public bool IsWithin(HsCode ancestor) => ancestor.Contains(this);

    /// <summary>The same digits in another revision (no concordance applied: use an HsConcordance for that).</summary>
    public HsCode WithRevision(HsRevision revision) => new(Digits, revision);

    private HsCode Truncate(int level) => new(Digits[..level], Revision);

    private static bool RevisionsCompatible(HsRevision a, HsRevision b) =>
        a == b || a == HsRevision.Unspecified || b == HsRevision.Unspecified;

    /// <summary>Canonical text: <c>270112</c> when the revision is unspecified, else <c>HS2017:270112</c>.</summary>
    public override string ToString() => Revision == HsRevision.Unspecified ? Digits : $"{Revision.Name()}:{Digits}";

    /// <summary>Parses <c>270112</c> or <c>HS2017:270112</c> (also <c>H5:270112</c>).</summary>
    /// <exception cref="FormatException">Not a valid code.</exception>
    public static HsCode Parse(string s) => Parse(s, null);

    /// <inheritdoc/>
    public static HsCode Parse(string s, IFormatProvider? provider) =>
        TryParse(s, provider, out var code) ? code : throw new FormatException(ErrorMessages.Expected(ErrorMessages.HsCodeDigits, s));

    /// <inheritdoc/>
    public static HsCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString(), provider);

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out HsCode result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out HsCode result) => TryParse(s.AsSpan(), null, out result);

    /// <inheritdoc/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out HsCode result)
    {
        result = default;
        s = s.Trim();
        var revision = HsRevision.Unspecified;
        var colon = s.IndexOf(':');
        if (colon >= 0)
        {
            if (!HsRevisions.TryParse(s[..colon].ToString(), out revision))
            {
                return false;
            }
            s = s[(colon + 1)..];
        }
        if (!IsValidDigits(s))
        {
            return false;
        }
        result = new HsCode(s.ToString(), revision);
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(HsCode other) => Revision == other.Revision && string.Equals(Digits, other.Digits, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is HsCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Revision, Digits);

    /// <summary>Orders by digits within one revision.</summary>
    /// <exception cref="ArgumentException">The two codes are in different stated revisions.</exception>
    public int CompareTo(HsCode other)
    {
        if (Revision != other.Revision)
        {
            throw new ArgumentException(
                $"Only HS codes of the same revision can be compared ({Revision.Name()} vs {other.Revision.Name()}).",
                nameof(other));
        }
        return string.CompareOrdinal(Digits, other.Digits);
    }

    public static bool operator ==(HsCode left, HsCode right) => left.Equals(right);
    public static bool operator !=(HsCode left, HsCode right) => !left.Equals(right);
    public static bool operator <(HsCode left, HsCode right) => left.CompareTo(right) < 0;
    public static bool operator >(HsCode left, HsCode right) => left.CompareTo(right) > 0;
    public static bool operator <=(HsCode left, HsCode right) => left.CompareTo(right) <= 0;
    public static bool operator >=(HsCode left, HsCode right) => left.CompareTo(right) >= 0;
}
