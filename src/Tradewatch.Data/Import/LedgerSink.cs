using System.Collections.Concurrent;
using System.Threading.Channels;
using Tradewatch.Data.Store;

namespace Tradewatch.Data.Import;

/// <summary>
/// Carries parsed rows from the format reader (one thread) to DuckDB's insert (another), in batches of one chunk.
/// Why two threads: a big import spends about as long parsing as DuckDB spends storing, so on two cores the two
/// overlap instead of adding up. At most 96 batches (~200,000 rows, ~30 MB) are in flight, so memory stays flat however
/// large the file; that many, because DuckDB stores in bursts (a row group of 122,880 rows at a time) and a shorter
/// queue left each side waiting for the other (measured: 8 batches 1.44M rows/s, 96 batches 1.6M rows/s).
/// </summary>
internal sealed class LedgerSink
{
    private const int BatchesInFlight = 96;

    private readonly Channel<(FlowRow[] Rows, int Count)> _full =
        Channel.CreateBounded<(FlowRow[], int)>(new BoundedChannelOptions(BatchesInFlight) { SingleReader = true, SingleWriter = true });
    private readonly ConcurrentQueue<FlowRow[]> _free = new();
    private readonly LedgerKeys _keys;
    private readonly LedgerRowSource _source;
    private FlowRow[] _current = new FlowRow[LedgerRowSource.ChunkRows];
    private int _count;

    public LedgerSink(TradewatchStore store, int datasetId)
    {
        _keys = LedgerKeys.Load(store);
        _source = new LedgerRowSource(datasetId, _keys, NextBatch, _free.Enqueue);
    }

    public long Rows => _source.Rows;

    public long Aggregates => _source.Aggregates;

    /// <summary>Called by the reader for each good row.</summary>
    /// <exception cref="OperationCanceledException">The insert has stopped (it failed); the reader should stop too.</exception>
    public void Add(in FlowRow row)
    {
        _current[_count++] = row;
        if (_count == _current.Length)
        {
            Post();
        }
    }

    /// <summary>Called by the reader when the file is done (or abandoned): the insert then finishes.</summary>
    public void EndOfRows()
    {
        try
        {
            Post();
        }
        catch (OperationCanceledException)
        {
            // the insert already stopped
        }
        _full.Writer.TryComplete();
    }

    /// <summary>Runs the insert on this thread until the reader calls <see cref="EndOfRows"/>; then stores new units.</summary>
    public void InsertAll(TradewatchStore store)
    {
        try
        {
            _source.InsertAll(store.Connection);
        }
        finally
        {
            // If the insert failed, a reader blocked on a full channel must be released.
            _full.Writer.TryComplete();
        }
        _keys.SaveNewUnits();
    }

    private void Post()
    {
        if (_count == 0)
        {
            return;
        }
        var batch = (_current, _count);
        while (!_full.Writer.TryWrite(batch))
        {
            if (!_full.Writer.WaitToWriteAsync().AsTask().GetAwaiter().GetResult())
            {
                throw new OperationCanceledException("the ledger insert stopped before the end of the file");
            }
        }
        _current = _free.TryDequeue(out var recycled) ? recycled : new FlowRow[LedgerRowSource.ChunkRows];
        _count = 0;
    }

    private (FlowRow[] Rows, int Count)? NextBatch()
    {
        var reader = _full.Reader;
        while (true)
        {
            if (reader.TryRead(out var batch))
            {
                return batch;
            }
            if (!reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                return null;
            }
        }
    }
}
