using System.Globalization;
using Tradewatch.Data.Import;
using Tradewatch.Data.Store;
using Tradewatch.Domain;

namespace Tradewatch.Data.Queries;

/// <summary>A dataset in the ledger.</summary>
public sealed record DatasetInfo(string Name, string Format, string SourceFile, long Rows, long AggregateRows, long SkippedRows, string ValueScale, DateTime ImportedAt, string Sha256);

/// <summary>Lists and drops datasets.</summary>
public static class DatasetsRepository
{
    public static IReadOnlyList<DatasetInfo> List(TradewatchStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var cmd = store.Command("SELECT name, format, source_file, rows, aggregate_rows, skipped_rows, value_scale, imported_at, sha256 FROM datasets ORDER BY id");
        using var reader = cmd.ExecuteReader();
        var list = new List<DatasetInfo>();
        while (reader.Read())
        {
            list.Add(new DatasetInfo(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4),
                reader.GetInt64(5), reader.GetString(6), reader.GetDateTime(7), reader.GetString(8)));
        }
        return list;
    }

    /// <summary>Drops a dataset and all its rows in one transaction.</summary>
    /// <exception cref="InputException">No dataset has that name.</exception>
    public static void Drop(TradewatchStore store, string name)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var find = store.Command("SELECT id FROM datasets WHERE name = $name", ("name", name));
        var id = find.ExecuteScalar() ?? throw new InputException($"no dataset named '{name}' (see 'tradewatch datasets list')");
        using var tx = store.Connection.BeginTransaction();
        LedgerImporter.DeleteDataset(store, Convert.ToInt32(id, CultureInfo.InvariantCulture));
        tx.Commit();
    }
}
