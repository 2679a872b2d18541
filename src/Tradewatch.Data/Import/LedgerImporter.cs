using System.Diagnostics;
using System.Security.Cryptography;
using Tradewatch.Data.Store;
using Tradewatch.Domain;

namespace Tradewatch.Data.Import;

/// <summary>
/// Imports one file into the ledger, all or nothing: every row is appended inside one transaction that commits
/// only when the whole file was read and the number of bad rows is within <c>--max-errors</c>. A failure, or the
/// process being killed, leaves the store exactly as it was. The file's SHA-256 makes re-imports no-ops.
/// </summary>
public static class LedgerImporter
{
    /// <summary>Runs the import.</summary>
    /// <exception cref="InputException">Bad rows beyond the tolerated number, a bad header, or a name clash.</exception>
    public static ImportResult Import(TradewatchStore store, ImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var stopwatch = Stopwatch.StartNew();
        if (!File.Exists(options.FilePath))
        {
            throw new InputException($"{options.FilePath}: file not found");
        }
        var format = CreateFormat(options);
        var sha256 = HashFile(options.FilePath);
        var name = options.DatasetName;

        var existing = FindDataset(store, "sha256", sha256);
        if (existing is { } same)
        {
            return new ImportResult(same.Name, same.Format, same.Rows, same.AggregateRows, 0, AlreadyImported: true, sha256, [], [], stopwatch.Elapsed);
        }
        var clash = FindDataset(store, "name", name);
        if (clash is not null && !options.Replace)
        {
            throw new InputException($"{options.FilePath}: a dataset named '{name}' already exists (from another file); pass --replace to replace it or --dataset NAME to import beside it");
        }

        var connection = store.Connection;
        LedgerRowSource.EnsureRegistered(connection);
        using var tx = connection.BeginTransaction();
        var id = StartDataset(store, clash);
        var sink = new LedgerSink(store, id);
        var context = new ImportContext(store.Countries, store.Hs, options.MaxErrors, sink.Add)
        {
            Encoding = options.Encoding ?? Csv.TextSources.StrictUtf8,
        };
        // The reader parses on its own thread while this one runs DuckDB's insert of the rows it hands over.
        var reading = Task.Factory.StartNew(() => Read(format, options, context, sink), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            sink.InsertAll(store);
        }
        catch
        {
            // The reader stops at its next row; wait for it before the transaction rolls back.
            try
            {
                reading.Wait();
            }
            catch (AggregateException)
            {
                // the insert's own error is the one to report
            }
            throw;
        }
        reading.GetAwaiter().GetResult();
        long rows = sink.Rows, aggregates = sink.Aggregates;
        if (context.TooManyErrors)
        {
            // Disposing the transaction without commit rolls back every inserted row.
            throw new InputException(context.Errors);
        }
        if (rows + aggregates == 0)
        {
            throw new InputException($"{options.FilePath}: expected at least one data row, found none");
        }
        RecordDataset(store, id, name, format, options.FilePath, sha256, rows, aggregates, context.RejectedRows);
        tx.Commit();
        return new ImportResult(name, format.Name, rows, aggregates, context.RejectedRows, AlreadyImported: false, sha256,
            context.Errors, context.Warnings, stopwatch.Elapsed);
    }

    private static void Read(IFlowFormat format, ImportOptions options, ImportContext context, LedgerSink sink)
    {
        try
        {
            using var file = new FileStream(options.FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var progress = options.Progress is null ? null : new ProgressReporter(file, options.Progress);
            using var input = Csv.TextSources.OpenMaybeGzip(file);
            try
            {
                format.Read(input, options.FilePath, context);
            }
            catch (System.Text.DecoderFallbackException)
            {
                context.Fail([NotUtf8(options.FilePath)]);
            }
        }
        finally
        {
            sink.EndOfRows();
        }
    }

    private static int StartDataset(TradewatchStore store, DatasetRow? replaced)
    {
        if (replaced is { } old)
        {
            DeleteDataset(store, old.Id);
        }
        return Convert.ToInt32(store.Command("SELECT nextval('dataset_ids')").ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void RecordDataset(TradewatchStore store, int id, string name, IFlowFormat format, string path, string sha256, long rows, long aggregates, long skipped)
    {
        using var insert = store.Command(
            "INSERT INTO datasets VALUES ($id, $name, $format, $file, $sha, $rows, $agg, $skipped, $scale, now())",
            ("id", id), ("name", name), ("format", format.Name), ("file", Path.GetFileName(path)), ("sha", sha256),
            ("rows", rows), ("agg", aggregates), ("skipped", skipped), ("scale", format.ValueScale));
        insert.ExecuteNonQuery();
    }

    private static IFlowFormat CreateFormat(ImportOptions options) => options.Format switch
    {
        "baci" => new BaciFormat(options.HsRevision != HsRevision.Unspecified ? options.HsRevision : BaciFormat.RevisionFromFileName(options.FilePath)),
        "comtrade" => new ComtradeFormat(),
        "dots" => new DotsFormat(),
        "csv" => new MappedCsvFormat(MappedCsvFormat.LoadMapping(options.MappingPath
            ?? throw new InputException("import csv needs --map MAPPING.yaml"))),
        _ => throw new InputException($"unknown import format '{options.Format}' (expected baci, comtrade, dots or csv)"),
    };

    private static InputError NotUtf8(string path)
    {
        using var file = File.OpenRead(path);
        using var input = Csv.TextSources.OpenMaybeGzip(file);
        var (line, column) = Csv.Utf8Locator.FirstInvalid(input) ?? (0, 0);
        return new InputError(new SourceLocation(path, line, (int)column),
            "expected UTF-8 text, found an invalid byte (pass --encoding windows-1252 if the file was saved by Excel or an older tool)");
    }

    private static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private sealed record DatasetRow(int Id, string Name, string Format, long Rows, long AggregateRows);

    private static DatasetRow? FindDataset(TradewatchStore store, string column, string value)
    {
        // column comes from this class only (name | sha256), never from input.
        using var cmd = store.Command($"SELECT id, name, format, rows, aggregate_rows FROM datasets WHERE {column} = $v", ("v", value));
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? new DatasetRow(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetInt64(4)) : null;
    }

    /// <summary>Removes a dataset and its rows (inside the caller's transaction, if any).</summary>
    internal static void DeleteDataset(TradewatchStore store, int id)
    {
        foreach (var table in new[] { "ledger_rows", "datasets" })
        {
            using var cmd = store.Command($"DELETE FROM {table} WHERE {(table == "datasets" ? "id" : "dataset_id")} = $id", ("id", id));
            cmd.ExecuteNonQuery();
        }
    }

    /// <summary>Polls the file position on a timer: cheap, and independent of the format's read loop.</summary>
    private sealed class ProgressReporter : IDisposable
    {
        private readonly Timer _timer;

        public ProgressReporter(FileStream file, IProgress<double> progress)
        {
            var length = Math.Max(1, file.Length);
            _timer = new Timer(_ =>
            {
                try
                {
                    progress.Report((double)file.Position / length);
                }
                catch (ObjectDisposedException)
                {
                    // the import finished between two ticks
                }
            }, null, 100, 200);
        }

        public void Dispose() => _timer.Dispose();
    }
}
