using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Json;

/// <summary>Writes claims documents exactly as contracts/claims.md lays them out (field names and order).</summary>
public static class ClaimsJson
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        // Quotes hold typographic apostrophes and dashes; keep them readable rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ClaimsDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, s_options))
        {
            Write(writer, document);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The <c>claims check</c> result: <c>{"documents": [...], "cross_checks": [...]}</c>.</summary>
    public static string Serialize(IReadOnlyList<ClaimsDocument> documents, IReadOnlyList<ClaimCheck> crossChecks)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, s_options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("documents");
            foreach (var d in documents)
            {
                Write(writer, d);
            }
            writer.WriteEndArray();
            writer.WriteStartArray("cross_checks");
            foreach (var c in crossChecks)
            {
                WriteCheck(writer, c);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, ClaimsDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        var a = document.Article;
        writer.WriteStartObject();
        writer.WriteStartObject("article");
        WriteStringOrNull(writer, "file", a.File);
        WriteStringOrNull(writer, "title", a.Title);
        WriteStringOrNull(writer, "date", a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("date_basis", a.DateBasis.ToString().ToLowerInvariant());
        writer.WriteEndObject();

        writer.WriteStartArray("claims");
        foreach (var c in document.Claims)
        {
            WriteClaim(writer, c);
        }
        writer.WriteEndArray();

        writer.WriteStartArray("checks");
        foreach (var check in document.Checks)
        {
            WriteCheck(writer, check);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter writer, Claim c)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", c.Id);
        writer.WriteString("quote", c.Quote);
        writer.WriteStartObject("span");
        writer.WriteNumber("start", c.Span.Start);
        writer.WriteNumber("end", c.Span.End);
        writer.WriteEndObject();
        writer.WriteString("kind", KindName(c.Kind));
        WriteStringOrNull(writer, "flow", c.Flow is { } f ? FlowName(f) : null);
        WriteStringOrNull(writer, "from", c.From?.Alpha3);
        WriteStringOrNull(writer, "to", c.To?.Alpha3);
        WriteStringOrNull(writer, "commodity", c.Commodity);
        WriteStringOrNull(writer, "hs", c.Hs);
        WriteNumberOrNull(writer, "value", c.Value);
        WriteStringOrNull(writer, "unit", c.Unit);
        WritePeriod(writer, "period", c.Period);
        if (c.Comparison is { } cmp)
        {
            writer.WriteStartObject("comparison");
            WriteNumberOrNull(writer, "value", cmp.Value);
            WriteStringOrNull(writer, "unit", cmp.Unit);
            WritePeriod(writer, "period", cmp.Period);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("comparison");
        }
        WriteStringOrNull(writer, "source", c.Source);
        WriteStringOrNull(writer, "notes", c.Notes);
        if (c.Qualifier is not null)
        {
            writer.WriteString("qualifier", c.Qualifier);
        }
        if (c.Measure is not null)
        {
            writer.WriteString("measure", c.Measure);
        }
        writer.WriteStartObject("position");
        writer.WriteNumber("line", c.Line);
        writer.WriteNumber("column", c.Column);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    internal static void WriteCheck(Utf8JsonWriter writer, ClaimCheck check)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("claims");
        foreach (var id in check.Claims)
        {
            writer.WriteNumberValue(id);
        }
        writer.WriteEndArray();
        if (check.Documents is { } docs)
        {
            writer.WriteStartArray("documents");
            foreach (var d in docs)
            {
                writer.WriteNumberValue(d);
            }
            writer.WriteEndArray();
        }
        writer.WriteString("verdict", check.Verdict switch
        {
            CheckVerdict.Consistent => "consistent",
            CheckVerdict.Inconsistent => "inconsistent",
            _ => "cannot_check",
        });
        writer.WriteString("reason", check.Reason);
        writer.WriteString("check", check.Check);
        writer.WriteString("scope", check.Scope);
        writer.WriteEndObject();
    }

    public static string KindName(ClaimKind kind) => kind switch
    {
        ClaimKind.TradeValue => "trade_value",
        ClaimKind.TradeQuantity => "trade_quantity",
        ClaimKind.GrowthRate => "growth_rate",
        ClaimKind.Share => "share",
        ClaimKind.Count => "count",
        ClaimKind.DebtOrInvestment => "debt_or_investment",
        _ => "other",
    };

    public static string FlowName(ClaimFlow flow) => flow switch
    {
        ClaimFlow.Exports => "exports",
        ClaimFlow.Imports => "imports",
        ClaimFlow.TotalTrade => "total_trade",
        _ => "turnover",
    };

    private static void WritePeriod(Utf8JsonWriter writer, string name, Period? period)
    {
        if (period is not { } p)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartObject(name);
        writer.WriteString("start", p.Start.ToString());
        writer.WriteString("end", p.End.ToString());
        writer.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
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

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v / 1.0000000000000000000000000000m);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
