using System.Globalization;
using DuckDB.NET.Data;
using Tradewatch.Data.Store;

namespace Tradewatch.Data.Import;

/// <summary>
/// The fast path for well-formed BACI files: DuckDB's own parallel CSV reader parses the file and one
/// <c>INSERT … SELECT</c> converts it (codes through the catalog's number table, thousands to dollars, HS codes
/// zero-padded). It only ever *accepts* a file: the rows it inserts must number exactly the file's data lines,
/// otherwise something in the file needs a located error, and the caller rolls back and re-reads the file with
/// the streaming reader, which reports every problem as <c>FILE:LINE:COL</c>. Source lines are the row's ordinal
/// plus one, which the equal-count check makes safe (no blank lines, no quoted line breaks).
/// </summary>
internal static class BaciFastPath
{
    private const string Insert = """
        INSERT INTO {0}
        SELECT $id, line, e.code, i.code, e.code, 'exporter', 'export',
               make_date(year, 1, 1), make_date(year, 12, 31), $revision, hs, NULL,
               CAST(v * 1000 AS DECIMAL(18,2)), q * 1000, q, 't', false, NULL{1}
        FROM (
            SELECT row_number() OVER () + 1 AS line,
                   TRY_CAST(t AS INTEGER) AS year,
                   TRY_CAST(i AS INTEGER) AS i_number,
                   TRY_CAST(j AS INTEGER) AS j_number,
                   CASE WHEN regexp_full_match(k, '[0-9]{{5,6}}') THEN lpad(k, 6, '0') END AS hs,
                   TRY_CAST(v AS DECIMAL(18,3)) AS v,
                   q_text,
                   TRY_CAST(trim(q_text) AS DOUBLE) AS q
            FROM (SELECT t, i, j, k, v, q AS q_text FROM read_csv($path, header = true, auto_detect = false, delim = ',', quote = '"',
                  columns = {{'t': 'VARCHAR', 'i': 'VARCHAR', 'j': 'VARCHAR', 'k': 'VARCHAR', 'v': 'VARCHAR', 'q': 'VARCHAR'}}))
        ) r
        JOIN tw_area_numbers e ON e.number = r.i_number
        JOIN tw_area_numbers i ON i.number = r.j_number
        WHERE r.year BETWEEN 1900 AND 2199 AND r.hs IS NOT NULL AND r.v IS NOT NULL
          AND (r.q IS NOT NULL OR r.q_text IS NULL OR upper(trim(r.q_text)) = 'NA')
          AND (e.is_aggregate OR i.is_aggregate) = $aggregates
        """;

    /// <summary>True when the header is BACI's, so the fast path may be tried.</summary>
    public static bool HasBaciHeader(string path)
    {
        using var file = File.OpenRead(path);
        using var input = Csv.TextSources.OpenMaybeGzip(file);
        using var reader = new StreamReader(input);
        var header = reader.ReadLine()?.Replace("\"", "", StringComparison.Ordinal).Trim();
        return header == "t,i,j,k,v,q";
    }

    /// <summary>Inserts the whole file, or returns null (having inserted rows the caller must roll back).</summary>
    public static (long Rows, long Aggregates)? TryInsert(TradewatchStore store, string path, int datasetId, string? revision, Domain.CountryCatalog countries)
    {
        var dataLines = CountDataLines(path);
        LoadAreaNumbers(store, countries);
        try
        {
            long rows = Run(store, "trade_flows", "", path, datasetId, revision, aggregates: false);
            long aggregates = Run(store, "trade_aggregates", ", 'partner-aggregate'", path, datasetId, revision, aggregates: true);
            return rows + aggregates == dataLines ? (rows, aggregates) : null;
        }
        catch (DuckDBException)
        {
            // DuckDB's reader refused the file (ragged rows, bad UTF-8 …): the streaming reader will say where.
            return null;
        }
    }

    private static long Run(TradewatchStore store, string table, string reason, string path, int datasetId, string? revision, bool aggregates)
    {
        // Table and trailing column come from this class only; every value is a bound parameter.
        using var cmd = store.Command(string.Format(CultureInfo.InvariantCulture, Insert, table, reason),
            ("id", datasetId), ("revision", revision), ("path", path), ("aggregates", aggregates));
        return cmd.ExecuteNonQuery();
    }

    private static void LoadAreaNumbers(TradewatchStore store, Domain.CountryCatalog countries)
    {
        using (var create = store.Command("CREATE OR REPLACE TEMP TABLE tw_area_numbers (number INTEGER PRIMARY KEY, code VARCHAR NOT NULL, is_aggregate BOOLEAN NOT NULL)"))
        {
            create.ExecuteNonQuery();
        }
        using var appender = store.Connection.CreateAppender("tw_area_numbers");
        foreach (var (number, info) in countries.Numbers)
        {
            appender.CreateRow().AppendValue(number).AppendValue(info.Code.Alpha3).AppendValue(info.IsAggregate).EndRow();
        }
    }

    /// <summary>Lines after the header (a last line without a newline counts).</summary>
    private static long CountDataLines(string path)
    {
        using var file = File.OpenRead(path);
        using var input = Csv.TextSources.OpenMaybeGzip(file);
        var buffer = new byte[1 << 20];
        long newlines = 0;
        var last = (byte)'\n';
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            newlines += buffer.AsSpan(0, read).Count((byte)'\n');
            last = buffer[read - 1];
        }
        var lines = newlines + (last == (byte)'\n' ? 0 : 1);
        return lines - 1;
    }
}
