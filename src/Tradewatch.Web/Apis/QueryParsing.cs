using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Tradewatch.Data.Reference;
using Tradewatch.Domain;

namespace Tradewatch.Web.Apis;

/// <summary>Validates query-string values into domain types; each failure names its parameter (400 problem details).</summary>
internal sealed class QueryParsing
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Ok => _errors.Count == 0;

    public ValidationProblem Problem() => TypedResults.ValidationProblem(_errors, title: "invalid query");

    public CountryCode Country(string name, string? value)
    {
        var info = CountryCatalogLoader.Default.Resolve(value);
        if (info is null || info.IsAggregate)
        {
            _errors[name] = [ErrorMessages.Expected(ErrorMessages.KnownCountry, value)];
            return default;
        }
        return info.Code;
    }

    public Period? Period(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (Domain.Period.TryParse(value, out var p))
        {
            return p;
        }
        _errors[name] = [ErrorMessages.Expected(ErrorMessages.Period, value)];
        return null;
    }

    public DateOnly? Date(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d))
        {
            return d;
        }
        _errors[name] = [ErrorMessages.Expected("a date YYYY-MM-DD", value)];
        return null;
    }

    public T Enum<T>(string name, string? value, T fallback)
        where T : struct, System.Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }
        if (System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed))
        {
            return parsed;
        }
        _errors[name] = [ErrorMessages.Expected(string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant())), value)];
        return fallback;
    }

    public HsCode? Hs(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (HsCode.TryParse(value, out var code))
        {
            return code;
        }
        _errors[name] = [ErrorMessages.Expected(ErrorMessages.HsCodeDigits, value)];
        return null;
    }

    public void Require(string name, object? value)
    {
        if (value is null)
        {
            _errors.TryAdd(name, ["required"]);
        }
    }
}
