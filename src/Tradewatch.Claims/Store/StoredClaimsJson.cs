using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tradewatch.Claims.Json;

namespace Tradewatch.Claims.Store;

/// <summary>
/// <c>claims list --format json</c>: <c>{"articles": [{"id", "sha256", "checked_at", "document": claims document}],
/// "cross_checks": [check]}</c>, where a cross check's <c>documents</c> are article ids.
/// </summary>
public static class StoredClaimsJson
{
    private static readonly JsonWriterOptions s_options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(StoredClaims stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, s_options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("articles");
            foreach (var a in stored.Articles)
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", a.Id);
                writer.WriteString("sha256", a.Sha256);
                writer.WriteString("checked_at", a.CheckedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                writer.WritePropertyName("document");
                ClaimsJson.Write(writer, a.Document);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("cross_checks");
            foreach (var c in stored.CrossChecks)
            {
                ClaimsJson.WriteCheck(writer, c);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
