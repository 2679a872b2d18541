using System.Text.Json;
using Tradewatch.Analytics.Exposure;

namespace Tradewatch.Cli.Output;

/// <summary>The provenance fields every analytics answer carries, written one way.</summary>
internal static class ProvenanceJson
{
    /// <summary><c>"method": {…}</c>: the notes that say how an answer was computed (pro-rating, bounds, factors).</summary>
    public static void WriteMethod(this Utf8JsonWriter w, IReadOnlyDictionary<string, string> notes)
    {
        w.WriteStartObject("method");
        foreach (var (k, v) in notes)
        {
            w.WriteString(k, v);
        }
        w.WriteEndObject();
    }

    /// <summary><c>"datasets": [{"name", "side", "rows"}]</c>: the ledger rows a figure rests on, per dataset and side.</summary>
    public static void WriteDatasetRows(this Utf8JsonWriter w, IEnumerable<DatasetRows> datasets)
    {
        w.WriteStartArray("datasets");
        foreach (var d in datasets)
        {
            w.WriteStartObject();
            w.WriteString("name", d.Dataset);
            w.WriteString("side", d.Side);
            w.WriteNumber("rows", d.Rows);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
