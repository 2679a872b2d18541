using System.Runtime.InteropServices;
using System.Text;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using NativeAppender = DuckDB.NET.Native.DuckDBAppender;

namespace Tradewatch.Data.Import;

/// <summary>
/// Appends ledger rows to <c>ledger_flows</c> or <c>ledger_aggregates</c> (schema 003) through DuckDB's data-chunk
/// appender, writing each value straight into the chunk's column vectors. Why not <see cref="DuckDBAppender"/>: its
/// per-value dispatch cost about 33 ns a value, which made it the slowest step of a BACI import; here a row costs a
/// handful of stores. The writer is bound to the column order and types of the table and checks them when it opens,
/// so a schema change cannot silently shift values into the wrong column.
/// </summary>
internal sealed unsafe class LedgerWriter : IDisposable
{
    /// <summary>DuckDB's standard vector size: one chunk is appended per this many rows.</summary>
    private const int ChunkRows = 2048;

    private static readonly DuckDBType[] FlowColumns =
    [
        DuckDBType.Integer, DuckDBType.BigInt, DuckDBType.SmallInt, DuckDBType.SmallInt, DuckDBType.TinyInt,
        DuckDBType.Date, DuckDBType.Date, DuckDBType.SmallInt, DuckDBType.Integer, DuckDBType.Varchar,
        DuckDBType.Decimal, DuckDBType.Double, DuckDBType.Double, DuckDBType.SmallInt, DuckDBType.Boolean, DuckDBType.Varchar,
    ];

    private static readonly int UnixEpochDay = new DateOnly(1970, 1, 1).DayNumber;

    private readonly string _table;
    private readonly bool _withReason;
    private readonly NativeAppender _appender;
    private readonly DuckDBDataChunk _chunk;
    private readonly IntPtr[] _vectors;
    private readonly ulong*[] _validity;
    private string? _revisionName;
    private short? _revisionYear;
    private readonly byte[] _utf8 = new byte[1024];
    private int _rows;

    // Column data of the current chunk, re-read after every reset.
    private int* _dataset;
    private long* _line;
    private short* _exporter;
    private short* _importer;
    private sbyte* _kind;
    private int* _start;
    private int* _end;
    private short* _revision;
    private int* _hs;
    private long* _value;
    private double* _weight;
    private double* _quantity;
    private short* _unit;
    private byte* _estimate;

    public LedgerWriter(DuckDBConnection connection, string table)
    {
        _table = table;
        _withReason = table == "ledger_aggregates";
        if (NativeMethods.Appender.DuckDBAppenderCreate(connection.NativeConnection, null, table, out var appender) != DuckDBState.Success)
        {
            throw new InvalidOperationException($"cannot open an appender on {table}: {ErrorOf(appender)}");
        }
        _appender = appender;
        var count = (int)NativeMethods.Appender.DuckDBAppenderColumnCount(_appender);
        var expected = _withReason ? [.. FlowColumns, DuckDBType.Varchar] : FlowColumns;
        var types = new DuckDBLogicalType[count];
        try
        {
            for (var i = 0; i < count; i++)
            {
                types[i] = NativeMethods.Appender.DuckDBAppenderColumnType(_appender, (ulong)i);
            }
            var actual = types.Select(NativeMethods.LogicalType.DuckDBGetTypeId).ToArray();
            if (!actual.SequenceEqual(expected) || NativeMethods.LogicalType.DuckDBDecimalWidth(types[10]) > 18
                || NativeMethods.LogicalType.DuckDBDecimalScale(types[10]) != 2)
            {
                throw new InvalidOperationException($"{table} has columns ({string.Join(", ", actual)}), expected ({string.Join(", ", expected)}) with value_usd DECIMAL(18,2)");
            }
            _chunk = NativeMethods.DataChunks.DuckDBCreateDataChunk(types.Select(t => t.DangerousGetHandle()).ToArray(), (ulong)count);
        }
        finally
        {
            foreach (var t in types)
            {
                t?.Dispose();
            }
        }
        _vectors = new IntPtr[count];
        _validity = new ulong*[count];
        BindVectors();
    }

    /// <summary>Rows appended so far.</summary>
    public long Rows { get; private set; }

    public void Append(int datasetId, in FlowRow row, short exporter, short importer, short? unit)
    {
        var i = _rows;
        _dataset[i] = datasetId;
        _line[i] = row.SourceLine;
        _exporter[i] = exporter;
        _importer[i] = importer;
        _kind[i] = (sbyte)row.Kind;
        _start[i] = row.PeriodStart.DayNumber - UnixEpochDay;
        _end[i] = row.PeriodEnd.DayNumber - UnixEpochDay;
        if (RevisionYear(row.HsRevision) is { } year)
        {
            _revision[i] = year;
        }
        else
        {
            SetNull(7, i);
        }
        if (row.HsCode is { } code)
        {
            _hs[i] = EncodeHsCode(code);
        }
        else
        {
            SetNull(8, i);
        }
        SetString(9, i, row.NationalCode);
        _value[i] = ToCents(row.ValueUsd);
        if (row.NetWeightKg is { } kg)
        {
            _weight[i] = kg;
        }
        else
        {
            SetNull(11, i);
        }
        if (row.Quantity is { } q)
        {
            _quantity[i] = q;
        }
        else
        {
            SetNull(12, i);
        }
        if (unit is { } u)
        {
            _unit[i] = u;
        }
        else
        {
            SetNull(13, i);
        }
        _estimate[i] = row.IsEstimate ? (byte)1 : (byte)0;
        SetString(15, i, row.Flag);
        if (_withReason)
        {
            SetString(16, i, row.AggregateReason);
        }
        Rows++;
        if (++_rows == ChunkRows)
        {
            Flush();
        }
    }

    /// <summary>The stored form of an HS code: its digits behind a leading 1, so that leading zeros survive.</summary>
    public static int EncodeHsCode(string digits)
    {
        var n = 1;
        foreach (var c in digits)
        {
            n = checked((n * 10) + (c - '0'));
        }
        return n;
    }

    /// <summary>Appends the rows of the last, partial chunk; the data becomes visible to the transaction.</summary>
    public void Close()
    {
        Flush();
        if (NativeMethods.Appender.DuckDBAppenderClose(_appender) != DuckDBState.Success)
        {
            throw new InvalidOperationException($"appending to {_table} failed: {ErrorOf(_appender)}");
        }
    }

    public void Dispose()
    {
        _chunk.Dispose();
        _appender.Dispose();
    }

    /// <summary>HS1992 → 1992; the formats hand the same few name strings over and over, so the last is kept.</summary>
    private short? RevisionYear(string? name)
    {
        if (!ReferenceEquals(name, _revisionName))
        {
            _revisionName = name;
            _revisionYear = name is null ? null : short.Parse(name.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture);
        }
        return _revisionYear;
    }

    private static long ToCents(decimal usd) => (long)decimal.Round(usd * 100m, MidpointRounding.AwayFromZero);

    private void Flush()
    {
        if (_rows == 0)
        {
            return;
        }
        NativeMethods.DataChunks.DuckDBDataChunkSetSize(_chunk, (ulong)_rows);
        if (NativeMethods.Appender.DuckDBAppendDataChunk(_appender, _chunk) != DuckDBState.Success)
        {
            throw new InvalidOperationException($"appending to {_table} failed: {ErrorOf(_appender)}");
        }
        NativeMethods.DataChunks.DuckDBDataChunkReset(_chunk);
        _rows = 0;
        BindVectors();
    }

    private void BindVectors()
    {
        for (var c = 0; c < _vectors.Length; c++)
        {
            _vectors[c] = NativeMethods.DataChunks.DuckDBDataChunkGetVector(_chunk, c);
            _validity[c] = null;
        }
        _dataset = (int*)Data(0);
        _line = (long*)Data(1);
        _exporter = (short*)Data(2);
        _importer = (short*)Data(3);
        _kind = (sbyte*)Data(4);
        _start = (int*)Data(5);
        _end = (int*)Data(6);
        _revision = (short*)Data(7);
        _hs = (int*)Data(8);
        _value = (long*)Data(10);
        _weight = (double*)Data(11);
        _quantity = (double*)Data(12);
        _unit = (short*)Data(13);
        _estimate = (byte*)Data(14);
    }

    private void* Data(int column) => NativeMethods.Vectors.DuckDBVectorGetData(_vectors[column]);

    private void SetNull(int column, int row)
    {
        var validity = _validity[column];
        if (validity == null)
        {
            // A reset chunk has every row valid and no mask yet; the mask is made once per column and chunk.
            NativeMethods.Vectors.DuckDBVectorEnsureValidityWritable(_vectors[column]);
            validity = _validity[column] = NativeMethods.Vectors.DuckDBVectorGetValidity(_vectors[column]);
        }
        validity[row >> 6] &= ~(1UL << (row & 63));
    }

    private void SetString(int column, int row, string? text)
    {
        if (text is null)
        {
            SetNull(column, row);
            return;
        }
        var bytes = Encoding.UTF8.GetMaxByteCount(text.Length) <= _utf8.Length ? _utf8 : new byte[Encoding.UTF8.GetByteCount(text)];
        var length = Encoding.UTF8.GetBytes(text, bytes);
        fixed (byte* p = bytes)
        {
            NativeMethods.Vectors.DuckDBVectorAssignStringElementLength(_vectors[column], (ulong)row, p, length);
        }
    }

    private static string ErrorOf(NativeAppender appender)
    {
        if (appender.IsInvalid)
        {
            return "no appender";
        }
        using var error = NativeMethods.Appender.DuckDBAppenderErrorData(appender);
        return NativeMethods.ErrorData.DuckDBErrorDataMessage(error);
    }
}
