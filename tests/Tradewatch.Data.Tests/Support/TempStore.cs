using Tradewatch.Data.Import;
using Tradewatch.Data.Store;

namespace Tradewatch.Data.Tests.Support;

/// <summary>A fresh store file in its own temporary folder, deleted afterwards. One per test: no shared state.</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "tw-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Path_ = System.IO.Path.Combine(Folder, "ledger.duckdb");
        Store = TradewatchStore.Open(Path_);
    }

    public string Folder { get; }

    public string Path_ { get; }

    public TradewatchStore Store { get; private set; }

    public static string Fixture(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public ImportResult Import(string format, string fixture, int maxErrors = 0, string? dataset = null, bool replace = false, bool mapping = false) =>
        LedgerImporter.Import(Store, new ImportOptions(format, Fixture(fixture), dataset, maxErrors, replace)
        {
            MappingPath = mapping ? System.IO.Path.Combine(ImporterTests.MappedCsv.RepoRoot(), "examples", "mappings", "russian-customs.yaml") : null,
        });

    public long Count(string sql) => Convert.ToInt64(Store.Command(sql).ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Closes and reopens the store file (what another process would see).</summary>
    public void Reopen()
    {
        Store.Dispose();
        Store = TradewatchStore.Open(Path_);
    }

    public void Dispose()
    {
        Store.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a leftover temp folder is harmless
        }
    }
}
