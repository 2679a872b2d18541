using System.Text;
using Tradewatch.Domain;

namespace Tradewatch.Data.Import;

/// <summary>What to import and how strictly.</summary>
/// <param name="Format">baci | comtrade | dots | csv.</param>
/// <param name="FilePath">The input file (gzip accepted).</param>
/// <param name="Dataset">Dataset name; defaults to the file name without extensions.</param>
/// <param name="MaxErrors">Bad rows tolerated (skipped and reported) before the whole import is refused.</param>
/// <param name="Replace">Replace a dataset of the same name imported from a different file.</param>
public sealed record ImportOptions(string Format, string FilePath, string? Dataset = null, int MaxErrors = 0, bool Replace = false)
{
    /// <summary>Text encoding of the file when it has no BOM (default strict UTF-8).</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>HS revision of a BACI file (BACI files do not state it inside).</summary>
    public HsRevision HsRevision { get; init; }

    /// <summary>Column mapping for the generic CSV importer.</summary>
    public string? MappingPath { get; init; }

    /// <summary>Receives the fraction of the file read, for progress bars.</summary>
    public IProgress<double>? Progress { get; init; }

    /// <summary>The dataset name to use.</summary>
    public string DatasetName => Dataset ?? DefaultName(FilePath);

    private static string DefaultName(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var ext in new[] { ".gz", ".csv", ".json", ".txt", ".tsv" })
        {
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^ext.Length];
            }
        }
        return name;
    }
}

/// <summary>What an import did.</summary>
public sealed record ImportResult(
    string Dataset,
    string Format,
    long Rows,
    long AggregateRows,
    long SkippedRows,
    bool AlreadyImported,
    string Sha256,
    IReadOnlyList<InputError> ToleratedErrors,
    IReadOnlyList<string> Warnings,
    TimeSpan Elapsed);
