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
