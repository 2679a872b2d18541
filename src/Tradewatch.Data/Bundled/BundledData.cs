using Tradewatch.Data.Import;
using Tradewatch.Data.Store;

namespace Tradewatch.Data.Bundled;

/// <summary>
/// The real datasets shipped with Tradewatch (<c>data/trade</c>, see its SOURCES.md): loaded into a store on first
/// use so that the main job runs on a fresh machine with no downloads. Imports are idempotent (by file hash), so
/// calling this on every run costs one hash per file.
/// </summary>
public static class BundledData
{
    /// <summary>The bundled files and the dataset names they get.</summary>
    public static IReadOnlyList<(string Format, string File, string Dataset)> Files { get; } =
    [
        ("comtrade", "comtrade_hs27_hs44_dprk_all_partners_1988_2017.csv", "comtrade-dprk"),
        ("dots", "imf_dots_dprk_russia_1960_2020.csv", "imf-dots"),
    ];

    /// <summary>
    /// The folder holding <c>trade/</c> and <c>articles/</c>: <c>data</c> beside the binary when published, else the
    /// nearest <c>data</c> folder above the working directory that holds the bundled files.
    /// </summary>
    public static string? FindDataFolder()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "data");
        if (File.Exists(Path.Combine(beside, "trade", Files[0].File)))
        {
            return beside;
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(candidate, "trade", Files[0].File)))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>Imports every bundled dataset the store does not hold yet; reports each file it loads.</summary>
    public static IReadOnlyList<ImportResult> EnsureImported(TradewatchStore store, string dataFolder, Action<string>? onImport = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var results = new List<ImportResult>();
        foreach (var (format, file, dataset) in Files)
        {
            var path = Path.Combine(dataFolder, "trade", file);
            onImport?.Invoke(file);
            results.Add(LedgerImporter.Import(store, new ImportOptions(format, path, dataset)));
        }
        return results;
    }
}
