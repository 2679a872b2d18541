using System.Text;
using Tradewatch.Domain;

namespace Tradewatch.Data.Csv;

/// <summary>
/// A streaming RFC 4180 reader that knows where it is: every record carries the line it starts on and the
/// column of each field, so that importers can say <c>FILE:LINE:COL</c>. Records are cut out of a block buffer
/// in place (no string per line: that was a third of a BACI import's parsing time); a record is copied only when
/// it spans lines with CR line ends, to read them as LF as a line reader would.
/// </summary>
internal sealed class CsvReader : IDisposable
{
    private static readonly System.Buffers.SearchValues<char> RecordSyntax = System.Buffers.SearchValues.Create("\"\r\n");

    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly List<(int Start, int Length, bool Quoted)> _fields = new(32);
    private readonly StringBuilder _scratch = new();
    private char[] _buffer;
    private int _start;         // first unread char in _buffer
    private int _end;           // end of the chars read into _buffer
    private bool _endOfInput;
    private char[] _recordChars; // _buffer, or a normalised copy of a multi-line record
    private int _recordStart;
    private int _recordLength;
    private string? _rawRecord;
    private long _nextLine = 1;

    public CsvReader(TextReader reader, string fileName, char delimiter = ',')
        : this(reader, fileName, delimiter, 1 << 16)
    {
    }

    /// <summary>For tests: a small <paramref name="bufferSize"/> puts records across buffer refills.</summary>
    internal CsvReader(TextReader reader, string fileName, char delimiter, int bufferSize)
    {
        _reader = reader;
        FileName = fileName;
        _delimiter = delimiter;
        _buffer = new char[Math.Max(4, bufferSize)];
        _recordChars = _buffer;
    }

    /// <summary>The file name used in locations.</summary>
    public string FileName { get; }

    /// <summary>1-based line on which the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>Number of fields of the current record.</summary>
    public int FieldCount => _fields.Count;

    /// <summary>The current record's raw text (for error messages).</summary>
    public string RawRecord => _rawRecord ??= new string(Record);

    private ReadOnlySpan<char> Record => _recordChars.AsSpan(_recordStart, _recordLength);

    /// <summary>Reads the next non-empty record; false at the end of the input.</summary>
    public bool Read()
    {
        while (true)
        {
            // Find the end of the record: a line end outside quotes (a quoted field may contain line breaks).
            var i = _start;
            var inQuotes = false;
            var breaks = 0;
            var crInside = false;
            var lastBreakEnd = -1; // relative to _start, which moves when the buffer is refilled
            var lastBreakLength = 0;
            int terminator;
            while (true)
            {
                if (i == _end)
                {
                    if (_endOfInput)
                    {
                        if (_start == _end)
                        {
                            return false;
                        }
                        terminator = 0;
                        if (_start + lastBreakEnd == _end)
                        {
                            // A quote left open to the end: the file's last line end is not part of the record
                            // (as with a line reader, which never returns it).
                            i -= lastBreakLength;
                        }
                        break;
                    }
                    i -= _start;
                    Refill();
                    i += _start;
                    continue;
                }
                // Jump to the next char that matters (vectorised search over the block).
                var skip = _buffer.AsSpan(i, _end - i).IndexOfAny(RecordSyntax);
                if (skip < 0)
                {
                    i = _end;
                    continue;
                }
                i += skip;
                var c = _buffer[i];
                if (c == '"')
                {
                    inQuotes = !inQuotes;
                }
                else if (c is '\n' or '\r')
                {
                    if (c == '\r' && i + 1 == _end && !_endOfInput)
                    {
                        // CR at the end of the block: look at the next char to tell CRLF from a lone CR.
                        i -= _start;
                        Refill();
                        i += _start;
                    }
                    var length = c == '\r' && i + 1 < _end && _buffer[i + 1] == '\n' ? 2 : 1;
                    if (!inQuotes)
                    {
                        terminator = length;
                        break;
                    }
                    breaks++;
                    crInside |= c == '\r';
                    i += length;
                    lastBreakEnd = i - _start;
                    lastBreakLength = length;
                    continue;
                }
                i++;
            }
            Line = _nextLine;
            _nextLine += 1 + breaks;
            var recordLength = i - _start;
            var recordStart = _start;
            _start = i + terminator;
            if (recordLength == 0)
            {
                continue; // a blank line holds no record; CSV writers often end files with one
            }
            SetRecord(recordStart, recordLength, crInside);
            Split(Record);
            return true;
        }
    }

    private void SetRecord(int start, int length, bool crInside)
    {
        _rawRecord = null;
        if (!crInside)
        {
            _recordChars = _buffer;
            _recordStart = start;
            _recordLength = length;
            return;
        }
        // Line breaks inside quotes read as LF, whatever the file used (CRLF or CR).
        var text = new string(_buffer, start, length).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        _recordChars = text.ToCharArray();
        _recordStart = 0;
        _recordLength = _recordChars.Length;
    }

    /// <summary>Moves the unread chars to the front (growing the buffer for a record longer than it) and reads more.</summary>
    private void Refill()
    {
        var unread = _end - _start;
        if (unread == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, unread);
        }
        _start = 0;
        _end = unread;
        var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _endOfInput = true;
        }
        _end += read;
    }

    private void Split(ReadOnlySpan<char> line)
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
                var from = Math.Min(j + 1, line.Length);
                var next = line[from..].IndexOf(_delimiter);
                if (next < 0)
                {
                    return;
                }
                i = from + next + 1;
            }
            else
            {
                var next = line[i..].IndexOf(_delimiter);
                if (next < 0)
                {
                    _fields.Add((i, line.Length - i, false));
                    return;
                }
                _fields.Add((i, next, false));
                i += next + 1;
            }
        }
    }

    /// <summary>The field's text without quotes (doubled quotes undone).</summary>
    public ReadOnlySpan<char> Field(int index)
    {
        var (start, length, quoted) = _fields[index];
        var span = Record.Slice(start, length);
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
        // The last line break at or before the char ahead of the field.
        var lineStart = Record[..Math.Min(Math.Max(1, start), _recordLength)].LastIndexOf('\n');
        return start - lineStart - (quoted ? 1 : 0);
    }

    /// <summary>The location of a field (or of the whole record when the field is missing).</summary>
    public SourceLocation Location(int index) =>
        index < _fields.Count ? new SourceLocation(FileName, Line, Column(index)) : new SourceLocation(FileName, Line, _recordLength + 1);

    public void Dispose() => _reader.Dispose();
}
