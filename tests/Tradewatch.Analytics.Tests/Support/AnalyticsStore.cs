using System.Globalization;
using System.Reflection;
using Tradewatch.Analytics.Rulebooks;
using Tradewatch.Data.Reference;
using Tradewatch.Data.Store;
using Tradewatch.Rules.Hs;
using Tradewatch.Rules.Loading;
using Tradewatch.Rules.Model;

namespace Tradewatch.Analytics.Tests.Support;

/// <summary>A fresh store file in its own temporary folder (one per test), with hand-written ledger rows and rulebooks.</summary>
internal sealed class AnalyticsStore : IDisposable
{
    private int _line;

    public AnalyticsStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "tw-analytics-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DbPath = Path.Combine(Folder, "ledger.duckdb");
        Store = TradewatchStore.Open(DbPath);
    }

    public string Folder { get; }

    public string DbPath { get; }

    public TradewatchStore Store { get; }

    public static string RepoRoot => typeof(AnalyticsStore).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepoRoot").Value!;

    /// <summary>Adds a dataset row; returns its id.</summary>
    public int Dataset(string name)
    {
        using var cmd = Store.Command("""
            INSERT INTO datasets VALUES (nextval('dataset_ids'), $n, 'csv', 'hand-written', $n, 0, 0, 0, 'units', now()) RETURNING id
            """, ("n", name));
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Adds one ledger row: goods from <paramref name="exporter"/> to <paramref name="importer"/>, declared by <paramref name="side"/>.</summary>
    public void Flow(int dataset, string exporter, string importer, string start, string end, string? hs, decimal usd,
        double? kg = null, string side = "exporter", string? revision = "HS2017")
    {
        using var cmd = Store.Command("""
            INSERT INTO ledger_rows SELECT * FROM ledger_row($d, $line, $e, $i, CASE WHEN $side = 'exporter' THEN 'export' ELSE 'import' END,
                $s::DATE, $t::DATE, CASE WHEN $hs IS NULL THEN NULL ELSE $rev END, $hs, NULL, $v, $kg, NULL, NULL, false, NULL, NULL)
            """,
            ("d", dataset), ("line", ++_line), ("e", exporter), ("i", importer), ("side", side), ("s", start), ("t", end),
            ("rev", revision), ("hs", hs), ("v", usd), ("kg", kg));
        cmd.ExecuteNonQuery();
    }

    /// <summary>Writes rulebook YAML files into a folder, loads them (failing on any error) and syncs the rule tables.</summary>
    public RulebookSet Rules(params (string File, string Yaml)[] books)
    {
        var dir = Path.Combine(Folder, "rulebooks");
        Directory.CreateDirectory(dir);
        foreach (var (file, yaml) in books)
        {
            File.WriteAllText(Path.Combine(dir, file), yaml);
        }
        var loaded = RulebookLoader.LoadPath(dir);
        Assert.True(loaded.Ok, string.Join('\n', loaded.Errors));
        var set = new RulebookSet(loaded.Rulebooks);
        RuleTables.Sync(Store, set, new DomainNomenclature(HsNomenclatureLoader.Default), RuleTables.ContentHash(dir));
        return set;
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
            // A test runner holding the file must not fail the test; the folder is in /tmp.
        }
    }
}
