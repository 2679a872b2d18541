using System.Diagnostics.CodeAnalysis;

namespace Tradewatch.Domain;

/// <summary>
/// An ISO 3166-1 alpha-3 code (<c>PRK</c>, <c>RUS</c>), or one of the few non-ISO area codes the statistics use
/// (<c>WLD</c> World, <c>S19</c> Other Asia nes, <c>X99</c> Areas nes …): three upper-case letters or digits
/// starting with a letter. Which codes exist, and what they are, is the <see cref="CountryCatalog"/>'s business;
/// this type only guarantees the shape.
/// </summary>
public readonly struct CountryCode : IEquatable<CountryCode>, IComparable<CountryCode>, ISpanParsable<CountryCode>
{
    private readonly string? _alpha3;

    private CountryCode(string alpha3) => _alpha3 = alpha3;

    /// <summary>The three-character code.</summary>
    public string Alpha3 => _alpha3 ?? "";

    /// <summary>True for a default (empty) value.</summary>
    public bool IsEmpty => _alpha3 is null;

    /// <summary>True when <paramref name="text"/> has the shape of a code (not whether it exists).</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> text) =>
        text.Length == 3 && char.IsAsciiLetterUpper(text[0])
        && (char.IsAsciiLetterUpper(text[1]) || char.IsAsciiDigit(text[1]))
        && (char.IsAsciiLetterUpper(text[2]) || char.IsAsciiDigit(text[2]));

    /// <summary>Parses a well-formed code (upper-cased first).</summary>
    /// <exception cref="FormatException">Not three letters/digits starting with a letter.</exception>
    public static CountryCode Parse(string s) => Parse(s, null);

    /// <inheritdoc/>
    public static CountryCode Parse(string s, IFormatProvider? provider) =>
        TryParse(s, provider, out var c) ? c : throw new FormatException(ErrorMessages.Expected(ErrorMessages.CountryCode, s));

    /// <inheritdoc/>
    public static CountryCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString(), provider);

    /// <inheritdoc/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CountryCode result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <inheritdoc/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CountryCode result)
    {
        Span<char> upper = stackalloc char[3];
        s = s.Trim();
        if (s.Length != 3)
        {
            result = default;
            return false;
        }
        s.ToUpperInvariant(upper);
        if (!IsWellFormed(upper))
        {
            result = default;
            return false;
        }
        result = new CountryCode(new string(upper));
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Alpha3;

    /// <inheritdoc/>
    public bool Equals(CountryCode other) => string.Equals(Alpha3, other.Alpha3, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CountryCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Alpha3);

    /// <inheritdoc/>
    public int CompareTo(CountryCode other) => string.CompareOrdinal(Alpha3, other.Alpha3);

    public static bool operator ==(CountryCode left, CountryCode right) => left.Equals(right);
    public static bool operator !=(CountryCode left, CountryCode right) => !left.Equals(right);
    public static bool operator <(CountryCode left, CountryCode right) => left.CompareTo(right) < 0;
    public static bool operator >(CountryCode left, CountryCode right) => left.CompareTo(right) > 0;
    public static bool operator <=(CountryCode left, CountryCode right) => left.CompareTo(right) <= 0;
    public static bool operator >=(CountryCode left, CountryCode right) => left.CompareTo(right) >= 0;
}
