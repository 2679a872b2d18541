using System.Text.Encodings.Web;
using System.Text.Json;
using Tradewatch.Domain;

namespace Tradewatch.Cli.Output;

/// <summary>Writes exactly one JSON document to stdout, field names as the contract spells them.</summary>
internal static class Json
{
    private static readonly JsonWriterOptions s_options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_options))
        {
            body(writer);
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary><c>{"start": "YYYY-MM", "end": "YYYY-MM"}</c>.</summary>
    public static void WritePeriod(this Utf8JsonWriter writer, string name, Period period)
    {
        writer.WriteStartObject(name);
        writer.WriteString("start", period.Start.ToString());
        writer.WriteString("end", period.End.ToString());
        writer.WriteEndObject();
    }

    public static void WriteNumberOrNull(this Utf8JsonWriter writer, string name, double? value)
    {
        if (value is double v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteNumberOrNull(this Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is decimal v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteStringOrNull(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
