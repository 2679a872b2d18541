using System.Data.Common;
using DuckDB.NET.Data;
using Tradewatch.Data.Reference;
using Tradewatch.Domain;

namespace Tradewatch.Data.Store;

/// <summary>
/// The embedded DuckDB ledger file. Opening a path that does not exist creates it, applies the schema and seeds
/// the reference data; an existing store is migrated to the current schema.
/// </summary>
public sealed class TradewatchStore : IDisposable
{
    private TradewatchStore(DuckDBConnection connection, string path)
    {
        Connection = connection;
        Path = path;
    }

    /// <summary>The open connection (one per store object; not shared across threads).</summary>
    public DuckDBConnection Connection { get; }

    /// <summary>The store file, or <c>:memory:</c>.</summary>
    public string Path { get; }

    /// <summary>
    /// The store to use when no <c>--db</c> is given: <c>$TRADEWATCH_DB</c>, else <c>./tradewatch.duckdb</c>.
    /// </summary>
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("TRADEWATCH_DB") is { Length: > 0 } fromEnv ? fromEnv : "tradewatch.duckdb";

    /// <summary>Opens (creating and seeding if needed) the store at <paramref name="path"/>.</summary>
    /// <exception cref="StoreBusyException">Another process holds the store open for writing.</exception>
    public static TradewatchStore Open(string path)
    {
        var full = path == ":memory:" ? path : System.IO.Path.GetFullPath(path);
        if (full != ":memory:")
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        }
        DuckDBConnection connection;
        try
        {
            connection = new DuckDBConnection($"Data Source={full}");
            connection.Open();
        }
        catch (DuckDBException ex) when (ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreBusyException(full, ServeMarker.Read(full) ?? ex.Message.Split('\n')[0]);
        }
        var store = new TradewatchStore(connection, full);
        try
        {
            Migrations.Apply(connection);
            if (Convert.ToInt64(Migrations.Scalar(connection, "SELECT count(*) FROM areas"), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                ReferenceSeeder.Seed(connection);
            }
        }
        catch
        {
            store.Dispose();
            throw;
        }
        return store;
    }

    /// <summary>The country catalog (bundled reference data).</summary>
    public CountryCatalog Countries => CountryCatalogLoader.Default;

    /// <summary>The HS nomenclature of every revision (bundled reference data).</summary>
    public HsNomenclature Hs => HsNomenclatureLoader.Default;

    /// <summary>Creates a command with named parameters (<c>$name</c>) bound, never spliced into the text.</summary>
    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            Migrations.Parameter(cmd, name, value);
        }
        return cmd;
    }

    public void Dispose() => Connection.Dispose();
}

/// <summary>The store file is locked by another process (typically a running <c>tradewatch serve</c>).</summary>
public sealed class StoreBusyException(string path, string holder)
    : Exception($"the store '{path}' is in use by {holder}; stop that process or use another --db")
{
    /// <summary>The store path.</summary>
    public string StorePath { get; } = path;
}
