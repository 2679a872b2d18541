using System.Text.Json;
using Tradewatch.Domain;

namespace Tradewatch.Data.Import;

/// <summary>
/// Reads a Comtrade+ API response (<c>{"data": [{…}, …]}</c> or a bare array). Each record's fields are located
/// by line and column of their value in the file, so errors point into the JSON like they do into a CSV.
/// </summary>
internal static class ComtradeJson
{
    private static readonly string[] s_names =
    [
        "classificationCode", "refYear", "period", "aggrLevel", "flowCode", "reporterCode", "reporterISO", "partnerCode",
        "partnerISO", "cmdCode", "qtyUnitAbbr", "qty", "netWgt", "primaryValue", "legacyEstimationFlag", "isAggregate",
        "partner2Code", "motCode", "customsCode", "freqCode",
    ];

    public static void Read(Stream input, string fileName, ImportContext context)
    {
        // API responses are capped in size by Comtrade (≤ 100,000 records), so reading the bytes whole is bounded.
        using var memory = new MemoryStream();
        input.CopyTo(memory);
        var bytes = memory.GetBuffer().AsSpan(0, (int)memory.Length);
        var lines = new LineIndex(bytes);
        var columns = Columns.FromNames(s_names, fileName);
        var layout = ComtradeFormat.Layout.From(columns, out _);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!SeekRecords(ref reader))
            {
                context.Fail([new InputError(new SourceLocation(fileName, 1, 1), "expected a JSON array of records or an object with a \"data\" array, found neither")]);
                return;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.StartObject && !context.StopReading)
            {
                var record = new JsonFields(fileName, lines, s_names.Length, lines.Locate(reader.TokenStartIndex).Line);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    var index = columns.Find(name);
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        reader.Skip();
                        continue;
                    }
                    if (index >= 0)
                    {
                        record.Set(index, Text(ref reader), reader.TokenStartIndex);
                    }
                }
                ComtradeFormat.MapRow(record, layout, context);
            }
        }
        catch (JsonException ex)
        {
            context.Fail([new InputError(new SourceLocation(fileName, (ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1), "expected valid JSON: " + ex.Message.Split(" LineNumber")[0])]);
        }
    }

    private static bool SeekRecords(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            return false;
        }
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return true;
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isData = reader.ValueTextEquals("data");
            reader.Read();
            if (isData && reader.TokenType == JsonTokenType.StartArray)
            {
                return true;
            }
            reader.Skip();
        }
        return false;
    }

    private static string Text(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString() ?? "",
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => "",
    };

    private sealed class JsonFields(string fileName, LineIndex lines, int count, long line) : ComtradeFormat.IFields
    {
        private readonly string[] _values = new string[count];
        private readonly long[] _offsets = new long[count];

        public long Line { get; } = line;

        public void Set(int index, string value, long offset)
        {
            _values[index] = value;
            _offsets[index] = offset;
        }

        public string Get(int column) => column >= 0 ? (_values[column] ?? "").Trim() : "";

        public SourceLocation Location(int column)
        {
            if (column < 0 || _values[column] is null)
            {
                return new SourceLocation(fileName, Line, 0);
            }
            var (l, c) = lines.Locate(_offsets[column]);
            return new SourceLocation(fileName, l, c);
        }
    }

    /// <summary>Byte offset → 1-based line and column.</summary>
    private sealed class LineIndex
    {
        private readonly List<long> _starts = [0];

        public LineIndex(ReadOnlySpan<byte> bytes)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public (long Line, int Column) Locate(long offset)
        {
            var i = _starts.BinarySearch(offset);
            if (i < 0)
            {
                i = ~i - 1;
            }
            return (i + 1, (int)(offset - _starts[i]) + 1);
        }
    }
}
