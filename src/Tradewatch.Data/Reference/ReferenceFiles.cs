using System.Reflection;
using System.Text;
using Tradewatch.Data.Csv;

namespace Tradewatch.Data.Reference;

/// <summary>The reference files embedded in this assembly (from the repo's <c>data/reference</c>).</summary>
internal static class ReferenceFiles
{
    private static readonly Assembly s_assembly = typeof(ReferenceFiles).Assembly;

    /// <summary>Opens an embedded reference file, e.g. <c>countries/special_areas.csv</c>.</summary>
    public static Stream Open(string relativePath) =>
        s_assembly.GetManifestResourceStream("reference/" + relativePath)
        ?? throw new FileNotFoundException($"embedded reference file '{relativePath}' is missing from the build");

    /// <summary>A CSV reader over an embedded file, in its documented encoding.</summary>
    public static CsvReader Csv(string relativePath, Encoding? encoding = null) =>
        new(TextSources.Reader(Open(relativePath), encoding ?? Encoding.UTF8), "reference/" + relativePath);

    /// <summary>Reads a CSV file into dictionaries keyed by header name (small reference files only).</summary>
    public static List<Dictionary<string, string>> ReadTable(string relativePath, Encoding? encoding = null)
    {
        using var csv = Csv(relativePath, encoding);
        var rows = new List<Dictionary<string, string>>();
        if (!csv.Read())
        {
            return rows;
        }
        var header = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i).Trim()).ToArray();
        while (csv.Read())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length && i < csv.FieldCount; i++)
            {
                row[header[i]] = csv.GetString(i).Trim();
            }
            rows.Add(row);
        }
        return rows;
    }
}
