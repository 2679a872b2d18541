namespace Tradewatch.Domain;

/// <summary>Every user-facing message text in one place, so that tests can assert them word for word.</summary>
public static class ErrorMessages
{
    /// <summary>The standard "expected X, found 'Y'" sentence.</summary>
    public static string Expected(string expected, string? found) => $"expected {expected}, found '{Truncate(found)}'";

    public const string CountryCode = "an ISO 3166 alpha-3 country code";
    public const string KnownCountry = "a known country (ISO alpha-3, alpha-2, M49 number or name)";
    public const string HsCodeDigits = "an HS code of 2, 4, 6, 8 or 10 digits";
    public const string Period = "a period (2017, 2017-03, 2017Q1, 2017-01..2017-05, 2015..2019)";
    public const string Month = "a month YYYY-MM";
    public const string Number = "a number";

    /// <summary>Keeps quoted input readable in one line: long cells are cut, control characters shown escaped.</summary>
    public static string Truncate(string? text, int max = 80)
    {
        if (text is null)
        {
            return "";
        }
        var clean = text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        return clean.Length <= max ? clean : string.Concat(clean.AsSpan(0, max), "…");
    }
}
