using System.Globalization;

namespace Tradewatch.Cli.Output;

/// <summary>US$ amounts as the CSV and table outputs print them: invariant culture, at most two decimals, no grouping.</summary>
internal static class Amounts
{
    public static string Usd(decimal v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    public static string? Usd(decimal? v) => v?.ToString("0.##", CultureInfo.InvariantCulture);
}
