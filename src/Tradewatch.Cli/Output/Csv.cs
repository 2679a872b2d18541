namespace Tradewatch.Cli.Output;

/// <summary>Writes RFC 4180 CSV (quotes when needed; cells that look like formulas are prefixed so spreadsheets do not run them).</summary>
internal static class Csv
{
    public static void Write(TextWriter output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        output.WriteLine(string.Join(',', header.Select(Cell)));
        foreach (var row in rows)
        {
            output.WriteLine(string.Join(',', row.Select(Cell)));
        }
    }

    private static string Cell(string? value)
    {
        if (value is null)
        {
            return "";
        }
        if (value.Length > 0 && value[0] is '=' or '+' or '@' && !double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
