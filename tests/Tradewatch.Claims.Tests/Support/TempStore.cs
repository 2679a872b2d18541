using System.Globalization;
using Tradewatch.Data.Store;

namespace Tradewatch.Claims.Tests.Support;

/// <summary>A store in a fresh temporary file, with hand-written ledger rows; deleted on dispose.</summary>
public sealed class TempStore : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tw-claims-" + Guid.NewGuid().ToString("N"));

    public TempStore()
    {
        Directory.CreateDirectory(_dir);
        Store = TradewatchStore.Open(PathOf("store.duckdb"));
    }

    public TradewatchStore Store { get; private set; }

    public string PathOf(string name) => Path.Combine(_dir, name);

    /// <summary>Closes and reopens the store file (what a second CLI run sees).</summary>
    public void Reopen()
    {
        Store.Dispose();
        Store = TradewatchStore.Open(PathOf("store.duckdb"));
    }

    public int Dataset(string name, string format)
    {
        using var next = Store.Command("SELECT coalesce(max(id), 0) + 1 FROM datasets");
        var id = Convert.ToInt32(next.ExecuteScalar(), CultureInfo.InvariantCulture);
        using var cmd = Store.Command("INSERT INTO datasets VALUES ($id, $name, $format, $file, $sha, 0, 0, 0, 'units', now())",
            ("id", id), ("name", name), ("format", format), ("file", name + ".csv"), ("sha", "sha-" + name));
        cmd.ExecuteNonQuery();
        return id;
    }

    /// <summary>One trade_flows row; <paramref name="period"/> as "2016" or "2016-03".</summary>
    public void Row(int dataset, long line, string exporter, string importer, string side, string period, string? hs, decimal usd, bool estimate = false)
    {
        var p = Domain.Period.Parse(period);
        using var cmd = Store.Command(
            """
            INSERT INTO ledger_rows SELECT * FROM ledger_row($ds, $line, $exp, $imp, $kind, $start, $end, NULL, $hs, NULL, $usd, NULL, NULL, NULL, $est, NULL, NULL)
            """,
            ("ds", dataset), ("line", line), ("exp", exporter), ("imp", importer), ("kind", side == "exporter" ? "export" : "import"), ("start", p.StartDate), ("end", p.EndDate),
            ("hs", hs), ("usd", usd), ("est", estimate));
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
