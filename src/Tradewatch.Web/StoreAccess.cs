using Tradewatch.Data.Store;

namespace Tradewatch.Web;

/// <summary>
/// The server's one store connection. DuckDB lets one process write a file; the server keeps it open, and
/// serialises requests on it (queries take milliseconds). While it runs, a <c>tradewatch import</c> on the same file
/// fails at once naming this server, thanks to the marker file written beside the store.
/// </summary>
public sealed class StoreAccess : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TradewatchStore _store;
    private readonly string _marker;

    public StoreAccess(string path, string urls)
    {
        _store = TradewatchStore.Open(path);
        _marker = ServeMarker.PathFor(_store.Path);
        ServeMarker.Write(_marker, urls);
    }

    public TradewatchStore Store => _store;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, object> _answers = new(StringComparer.Ordinal);

    /// <summary>
    /// Runs a read-only query once per distinct <paramref name="key"/>. Safe because the ledger cannot change while
    /// the server holds the store: other processes are locked out, and the server itself never writes trade rows.
    /// </summary>
    public async Task<T> RunCachedAsync<T>(string key, Func<TradewatchStore, T> query, CancellationToken cancel = default)
        where T : notnull
    {
        if (_answers.TryGetValue(key, out var cached))
        {
            return (T)cached;
        }
        var answer = await RunAsync(query, cancel).ConfigureAwait(false);
        if (_answers.Count >= 2_000)
        {
            _answers.Clear(); // bounded: a crawl over many pairs must not grow memory without limit
        }
        _answers[key] = answer;
        return answer;
    }

    public async Task<T> RunAsync<T>(Func<TradewatchStore, T> query, CancellationToken cancel = default)
    {
        await _gate.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            return query(_store);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        ServeMarker.Delete(_marker);
        _store.Dispose();
        _gate.Dispose();
    }
}
