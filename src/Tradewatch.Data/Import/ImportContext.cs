using System.Globalization;
using Tradewatch.Domain;

namespace Tradewatch.Data.Import;

/// <summary>
/// What a format reader needs from the pipeline: somewhere to send rows and errors, and cached look-ups of the
/// reference data. Errors are collected (up to the tolerated number plus one) rather than thrown, so the user
/// sees every problem of a file in one run.
/// </summary>
internal sealed class ImportContext(CountryCatalog countries, HsNomenclature hs, int maxErrors, ImportContext.RowSink emit)
{
    private readonly Dictionary<string, CountryInfo?> _countryCache = new(StringComparer.Ordinal);
    private readonly List<InputError> _errors = [];
    private long _rowsWithErrors;

    public CountryCatalog Countries { get; } = countries;

    public HsNomenclature Hs { get; } = hs;

    /// <summary>Encoding of files without a BOM (strict UTF-8 unless --encoding says otherwise).</summary>
    public System.Text.Encoding Encoding { get; init; } = Csv.TextSources.StrictUtf8;

    public IReadOnlyList<InputError> Errors => _errors;

    /// <summary>Rows rejected so far.</summary>
    public long RejectedRows => _rowsWithErrors;

    /// <summary>True once more rows were rejected than <c>--max-errors</c> allows, or the file is unreadable as a whole.</summary>
    public bool TooManyErrors => _rowsWithErrors > maxErrors || IsFatal;

    /// <summary>
    /// Readers stop once there is nothing more worth reporting: the file is unreadable as a whole, or enough
    /// errors were collected to fail it and to show the user a full page of them.
    /// </summary>
    public bool StopReading => IsFatal || (TooManyErrors && _errors.Count >= ErrorSampleSize);

    private int ErrorSampleSize => Math.Max(100, maxErrors + 1);

    /// <summary>True after a problem with the file as a whole (a missing column): no row can be trusted.</summary>
    public bool IsFatal { get; private set; }

    /// <summary>Records a problem with the file as a whole; the import is refused whatever --max-errors says.</summary>
    public void Fail(IReadOnlyCollection<InputError> fileErrors)
    {
        IsFatal = true;
        _errors.AddRange(fileErrors);
    }

    /// <summary>Warnings that do not reject rows (e.g. an HS revision that had to be left unspecified).</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Where parsed rows go; by reference, because a row is a large struct.</summary>
    public delegate void RowSink(in FlowRow row);

    public void Emit(in FlowRow row) => emit(row);

    /// <summary>Records the errors of one rejected row.</summary>
    public void Reject(IReadOnlyCollection<InputError> rowErrors)
    {
        _rowsWithErrors++;
        // Keep a bounded sample: a file with a million bad rows must not need a million messages in memory.
        foreach (var e in rowErrors)
        {
            if (_errors.Count < ErrorSampleSize)
            {
                _errors.Add(e);
            }
        }
    }

    /// <summary>Resolves a code or name to an area; caches by the raw text.</summary>
    public CountryInfo? Country(string raw)
    {
        if (!_countryCache.TryGetValue(raw, out var info))
        {
            info = Countries.Resolve(raw);
            _countryCache[raw] = info;
        }
        return info;
    }

    public static bool TryDecimal(ReadOnlySpan<char> text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>Dollars stay below this: the ledger stores US$ as DECIMAL(18,2).</summary>
    public const decimal UsdLimit = 10_000_000_000_000_000m;

    /// <summary>What an importer says of a value beyond <see cref="UsdLimit"/>.</summary>
    public const string UsdLimitNote = " below US$ 10^16 (the most the ledger holds)";

    /// <summary>Parses an amount stated in <paramref name="scale"/> into dollars, within the ledger's range.</summary>
    public static bool TryUsd(ReadOnlySpan<char> text, MoneyScale scale, out decimal dollars, out bool tooLarge)
    {
        dollars = 0;
        tooLarge = false;
        if (!TryDecimal(text, out var stated))
        {
            return false;
        }
        try
        {
            dollars = UsdAmount.FromScaled(stated, scale).Dollars;
        }
        catch (OverflowException)
        {
            tooLarge = true;
            return false;
        }
        tooLarge = Math.Abs(dollars) >= UsdLimit;
        return !tooLarge;
    }

    public static bool TryDouble(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryInt(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    /// <summary>Empty, NA and NULL mean "not reported".</summary>
    public static bool IsMissing(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        return t.Length == 0 || t.Equals("NA", StringComparison.OrdinalIgnoreCase) || t.Equals("NULL", StringComparison.OrdinalIgnoreCase)
            || t.Equals("N/A", StringComparison.OrdinalIgnoreCase);
    }
}
