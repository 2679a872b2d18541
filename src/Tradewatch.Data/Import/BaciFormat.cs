using System.Text.RegularExpressions;
using Tradewatch.Data.Csv;
using Tradewatch.Domain;

namespace Tradewatch.Data.Import;

/// <summary>
/// CEPII BACI yearly files: <c>t,i,j,k,v,q</c> — year, exporter and importer (BACI/M49 numbers), HS6 product
/// (leading zero dropped by BACI's writer), value in thousand USD, quantity in metric tons (space-padded, may be NA).
/// BACI reconciles both sides' declarations; rows are stored as the exporter's (FOB) view.
/// </summary>
internal sealed partial class BaciFormat(HsRevision revision) : IFlowFormat
{
    /// <summary>Bounds each look-up cache, so that a file of garbage cannot grow memory without limit.</summary>
    private const int MaxCached = 100_000;

    public string Name => "baci";

    public string ValueScale => "thousands";

    /// <summary>The revision as stored, or null when unknown.</summary>
    public string? RevisionName => revision == HsRevision.Unspecified ? null : revision.Name();

    public const string NoRevisionWarning =
        "BACI does not state its HS revision inside the file; none was given (--hs-revision) or found in the file name, so it is stored as unspecified";

    /// <summary>The revision from a BACI file name such as <c>BACI_HS92_Y2021_V202301.csv</c>.</summary>
    public static HsRevision RevisionFromFileName(string path)
    {
        var m = RevisionInName().Match(Path.GetFileName(path));
        return m.Success && HsRevisions.TryParse("HS" + m.Groups[1].Value, out var r) ? r : HsRevision.Unspecified;
    }

    [GeneratedRegex(@"HS(\d\d)(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex RevisionInName();

    public void Read(Stream input, string fileName, ImportContext context)
    {
        using var csv = new CsvReader(TextSources.Reader(input, context.Encoding), fileName);
        if (!csv.Read())
        {
            return;
        }
        var headerErrors = new List<InputError>();
        var columns = Columns.FromHeader(csv);
        int t = columns.Require(headerErrors, "t"), i = columns.Require(headerErrors, "i"), j = columns.Require(headerErrors, "j"),
            k = columns.Require(headerErrors, "k"), v = columns.Require(headerErrors, "v"), q = columns.Require(headerErrors, "q");
        if (headerErrors.Count > 0)
        {
            context.Fail(headerErrors);
            return;
        }
        if (revision == HsRevision.Unspecified)
        {
            context.Warnings.Add(NoRevisionWarning);
        }
        var revisionName = RevisionName;
        var row = new FlowRow { QuantityUnit = "t", Flag = null };
        var errors = new List<InputError>(4);
        var yearCache = new Dictionary<int, Period>();
        // A BACI file repeats ~200 country numbers and ~5,000 product codes millions of times: resolve each text once.
        var countries = new Lookup<CountryInfo>();
        var products = new Lookup<string>();
        while (csv.Read() && !context.StopReading)
        {
            errors.Clear();
            if (csv.FieldCount < 6)
            {
                errors.Add(new InputError(csv.Location(csv.FieldCount), $"expected 6 fields (t,i,j,k,v,q), found {csv.FieldCount}: '{ErrorMessages.Truncate(csv.RawRecord)}'"));
                context.Reject(errors);
                continue;
            }
            row.SourceLine = csv.Line;
            if (!ImportContext.TryInt(csv.Field(t), out var year) || year is < Month.MinYear or > Month.MaxYear)
            {
                errors.Add(InputError.Expected(csv.Location(t), "a year", csv.GetString(t)));
            }
            var exporter = Country(csv, i, context, countries, errors);
            var importer = Country(csv, j, context, countries, errors);
            var digits = Product(csv.Field(k).Trim(), products);
            if (digits is null)
            {
                errors.Add(InputError.Expected(csv.Location(k), "a 6-digit HS code", csv.GetString(k)));
            }
            if (!ImportContext.TryUsd(csv.Field(v), MoneyScale.Thousands, out var dollars, out var tooLarge))
            {
                errors.Add(InputError.Expected(csv.Location(v), "a value in thousand USD" + (tooLarge ? ImportContext.UsdLimitNote : ""), csv.GetString(v)));
            }
            double tonnes = 0;
            var hasQuantity = !ImportContext.IsMissing(csv.Field(q));
            if (hasQuantity && !ImportContext.TryDouble(csv.Field(q), out tonnes))
            {
                errors.Add(InputError.Expected(csv.Location(q), "a quantity in metric tons or NA", csv.GetString(q)));
            }
            if (errors.Count > 0)
            {
                context.Reject(errors);
                continue;
            }
            if (!yearCache.TryGetValue(year, out var period))
            {
                period = Period.Year(year);
                yearCache[year] = period;
            }
            row.SetPeriod(period);
            row.SetParties(exporter!.Code.Alpha3, importer!.Code.Alpha3, FlowKind.Export);
            row.HsRevision = revisionName;
            row.HsCode = digits;
            row.ValueUsd = dollars;
            row.Quantity = hasQuantity ? tonnes : null;
            row.NetWeightKg = hasQuantity ? tonnes * 1000 : null;
            row.AggregateReason = exporter.IsAggregate || importer.IsAggregate ? "partner-aggregate" : null;
            context.Emit(row);
        }
    }

    private static CountryInfo? Country(CsvReader csv, int column, ImportContext context, Lookup<CountryInfo> cache, List<InputError> errors)
    {
        var raw = csv.Field(column).Trim();
        if (!cache.TryGet(raw, out var info))
        {
            var text = raw.ToString();
            info = ImportContext.TryInt(text, out _) ? context.Country(text) : null;
            cache.Add(raw, info);
        }
        if (info is null)
        {
            errors.Add(InputError.Expected(csv.Location(column), "a BACI/M49 country number", raw.ToString()));
        }
        return info;
    }

    /// <summary>The six digits of a product code (a lost leading zero put back), or null if it is not one.</summary>
    private static string? Product(ReadOnlySpan<char> raw, Lookup<string> cache)
    {
        if (!cache.TryGet(raw, out var digits))
        {
            var repaired = HsCode.RepairLostLeadingZero(raw.ToString(), 6);
            digits = repaired.Length == 6 && HsCode.IsValidDigits(repaired) ? repaired : null;
            cache.Add(raw, digits);
        }
        return digits;
    }

    /// <summary>
    /// What a short run of ASCII digits resolved to, keyed by the digits' value and count (so "0101" and "101" stay
    /// apart). Why not a string dictionary: hashing text three times a row cost about a second per 10M rows.
    /// Anything else (signs, spaces inside, letters) is not cached and is resolved each time.
    /// </summary>
    private sealed class Lookup<T>
        where T : class
    {
        private readonly Dictionary<int, T?> _byDigits = [];

        public bool TryGet(ReadOnlySpan<char> text, out T? value)
        {
            value = null;
            return Key(text) is { } key && _byDigits.TryGetValue(key, out value);
        }

        public void Add(ReadOnlySpan<char> text, T? value)
        {
            if (Key(text) is { } key && _byDigits.Count < MaxCached)
            {
                _byDigits[key] = value;
            }
        }

        private static int? Key(ReadOnlySpan<char> text)
        {
            if (text.Length is 0 or > 7)
            {
                return null;
            }
            var n = 0;
            foreach (var c in text)
            {
                if (c is < '0' or > '9')
                {
                    return null;
                }
                n = (n * 10) + (c - '0');
            }
            return (text.Length << 24) | n;
        }
    }
}
