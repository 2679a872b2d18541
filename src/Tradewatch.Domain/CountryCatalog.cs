using System.Globalization;
using System.Text;

namespace Tradewatch.Domain;

/// <summary>
/// Resolves the many spellings of a country (ISO alpha-3 and alpha-2, M49 numbers, Comtrade's and BACI's numeric
/// codes, official and common names) to one <see cref="CountryInfo"/>. Built from reference data by the data
/// layer; holds no list of its own.
/// </summary>
public sealed class CountryCatalog
{
    private readonly Dictionary<string, CountryInfo> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<int, CountryInfo> _byNumber = [];
    private readonly Dictionary<string, CountryInfo> _byAlpha2 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CountryInfo> _byName = new(StringComparer.Ordinal);

    /// <summary>Every numeric code known (M49, Comtrade, BACI) and the area it stands for.</summary>
    public IReadOnlyDictionary<int, CountryInfo> Numbers => _byNumber;

    /// <summary>Every area, in the order added.</summary>
    public IReadOnlyList<CountryInfo> Areas => _areas;

    private readonly List<CountryInfo> _areas = [];

    /// <summary>Adds an area. The first area to claim a code, number or name keeps it.</summary>
    public void Add(CountryInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        if (_byCode.TryAdd(info.Code.Alpha3, info))
        {
            _areas.Add(info);
        }
        if (info.M49 is int n)
        {
            _byNumber.TryAdd(n, info);
        }
        if (!string.IsNullOrEmpty(info.Alpha2))
        {
            _byAlpha2.TryAdd(info.Alpha2.ToUpperInvariant(), info);
        }
        AddName(info.Name, info.Code);
    }

    /// <summary>Maps another numeric code (Comtrade's 251 France incl. Monaco, 842 USA …) to an area.</summary>
    /// <exception cref="KeyNotFoundException">The target code is not in the catalog.</exception>
    public void AddNumber(int number, CountryCode target) => _byNumber.TryAdd(number, Get(target));

    /// <summary>Maps another name or alias ("DPRK", "North Korea", "Korea, Dem. People's Rep. of") to an area.</summary>
    /// <exception cref="KeyNotFoundException">The target code is not in the catalog.</exception>
    public void AddName(string name, CountryCode target)
    {
        var key = NormalizeName(name);
        if (key.Length > 0)
        {
            _byName.TryAdd(key, Get(target));
        }
    }

    /// <summary>The area with this code.</summary>
    /// <exception cref="KeyNotFoundException">Unknown code.</exception>
    public CountryInfo Get(CountryCode code) =>
        _byCode.TryGetValue(code.Alpha3, out var info) ? info : throw new KeyNotFoundException($"unknown country code '{code}'");

    /// <summary>The area with this M49 / Comtrade / BACI number, if known.</summary>
    public CountryInfo? FindByNumber(int number) => _byNumber.GetValueOrDefault(number);

    /// <summary>The area with this ISO alpha-3 (or area) code, if known.</summary>
    public CountryInfo? FindByCode(string code) =>
        CountryCode.TryParse(code, null, out var c) ? _byCode.GetValueOrDefault(c.Alpha3) : null;

    /// <summary>
    /// Resolves any accepted spelling: alpha-3, alpha-2, a number, or a name. Returns null when unknown; callers
    /// report the text they could not resolve.
    /// </summary>
    public CountryInfo? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var t = text.Trim();
        if (t.All(char.IsAsciiDigit) && t.Length <= 4)
        {
            return FindByNumber(int.Parse(t, CultureInfo.InvariantCulture));
        }
        if (t.Length == 3 && FindByCode(t) is { } byCode)
        {
            return byCode;
        }
        if (t.Length == 2 && _byAlpha2.TryGetValue(t.ToUpperInvariant(), out var byAlpha2))
        {
            return byAlpha2;
        }
        return _byName.GetValueOrDefault(NormalizeName(t)) ?? ResolveWithoutStateForm(t);
    }

    private static readonly HashSet<string> s_stateFormWords = new(StringComparer.Ordinal)
    {
        "the", "of", "de", "rep", "republic", "kingdom", "union", "state", "states", "islamic", "federal", "federated",
        "dem", "democratic", "arab", "united", "people", "peoples", "bolivariana", "plurinational", "commonwealth",
    };

    /// <summary>
    /// IMF and World Bank names put the form of state after a comma ("Armenia, Rep. of", "Gambia, The",
    /// "Comoros, Union of the"). When everything after the last comma is such words, the part before it is
    /// the country's short name, which must then resolve exactly.
    /// </summary>
    private CountryInfo? ResolveWithoutStateForm(string text)
    {
        var comma = text.LastIndexOf(',');
        if (comma <= 0)
        {
            return null;
        }
        var words = NormalizeName(text[(comma + 1)..]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(s_stateFormWords.Contains)
            ? _byName.GetValueOrDefault(NormalizeName(text[..comma]))
            : null;
    }

    /// <summary>Like <see cref="Resolve"/>, but unknown text is an <see cref="InputException"/> naming it.</summary>
    /// <exception cref="InputException">Unknown country.</exception>
    public CountryInfo ResolveOrThrow(string? text) =>
        Resolve(text) ?? throw new InputException(ErrorMessages.Expected(ErrorMessages.KnownCountry, text));

    /// <summary>
    /// Case, accents, punctuation and a leading "the" do not distinguish names:
    /// "Korea, Dem. People's Rep. of" and "korea dem peoples rep of" are the same key.
    /// </summary>
    public static string NormalizeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '.')
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                sb.Append(' ');
                lastWasSpace = true;
            }
        }
        var key = sb.ToString().Trim();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
