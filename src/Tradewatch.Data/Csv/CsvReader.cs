using System.Text;
using Tradewatch.Domain;

namespace Tradewatch.Data.Csv;

/// <summary>
/// A streaming RFC 4180 reader that knows where it is: every record carries the line it starts on and the
/// column of each field, so that importers can say <c>FILE:LINE:COL</c>. One line is held in memory at a time
/// (more only for a quoted field that spans lines).
/// </summary>
internal sealed class CsvReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly List<(int Start, int Length, bool Quoted)> _fields = new(32);
    private readonly StringBuilder _scratch = new();
    private string _record = "";
    private long _nextLine = 1;

    public CsvReader(TextReader reader, string fileName, char delimiter = ',')
    {
        _reader = reader;
        FileName = fileName;
        _delimiter = delimiter;
    }

    /// <summary>The file name used in locations.</summary>
    public string FileName { get; }

    /// <summary>1-based line on which the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>Number of fields of the current record.</summary>
    public int FieldCount => _fields.Count;

    /// <summary>The current record's raw text (for error messages).</summary>
    public string RawRecord => _record;

    /// <summary>Reads the next non-empty record; false at the end of the input.</summary>
    public bool Read()
    {
        while (true)
        {
            var line = _reader.ReadLine();
            if (line is null)
            {
                return false;
            }
            Line = _nextLine++;
            if (line.Length == 0)
            {
                continue; // a blank line holds no record; CSV writers often end files with one
            }
            // A quoted field may contain line breaks: keep reading until the quotes balance.
            if (line.Contains('"', StringComparison.Ordinal))
            {
                while (!QuotesBalanced(line))
                {
                    var more = _reader.ReadLine();
                    if (more is null)
                    {
                        break;
                    }
                    _nextLine++;
                    line = line + "\n" + more;
                }
            }
            _record = line;
            Split(line);
            return true;
        }
    }

    private static bool QuotesBalanced(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == '"')
            {
                count++;
            }
        }
        return count % 2 == 0;
    }

    private void Split(string line)
    {
        _fields.Clear();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var start = i + 1;
                var j = start;
                while (j < line.Length)
                {
                    if (line[j] == '"')
                    {
                        if (j + 1 < line.Length && line[j + 1] == '"')
                        {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                _fields.Add((start, j - start, true));
                // Skip the closing quote and anything up to the delimiter (malformed trailing text is dropped).
                var next = line.IndexOf(_delimiter, Math.Min(j + 1, line.Length));
                if (next < 0)
                {
                    return;
                }
                i = next + 1;
            }
            else
            {
                var next = line.IndexOf(_delimiter, i);
                if (next < 0)
                {
                    _fields.Add((i, line.Length - i, false));
                    return;
                }
                _fields.Add((i, next - i, false));
                i = next + 1;
            }
        }
    }

    /// <summary>The field's text without quotes (doubled quotes undone).</summary>
    public ReadOnlySpan<char> Field(int index)
    {
        var (start, length, quoted) = _fields[index];
        var span = _record.AsSpan(start, length);
        if (!quoted || span.IndexOf("\"\"", StringComparison.Ordinal) < 0)
        {
            return span;
        }
        _scratch.Clear();
        _scratch.Append(span).Replace("\"\"", "\"");
        return _scratch.ToString();
    }

    /// <summary>The field as a string.</summary>
    public string GetString(int index) => Field(index).ToString();

    /// <summary>1-based column where the field starts (its opening quote, when quoted).</summary>
    public int Column(int index)
    {
        var (start, _, quoted) = _fields[index];
        var lineStart = _record.LastIndexOf('\n', Math.Max(0, start - 1));
        return start - lineStart - (quoted ? 1 : 0);
    }

    /// <summary>The location of a field (or of the whole record when the field is missing).</summary>
    public SourceLocation Location(int index) =>
        index < _fields.Count ? new SourceLocation(FileName, Line, Column(index)) : new SourceLocation(FileName, Line, _record.Length + 1);

    public void Dispose() => _reader.Dispose();
}
