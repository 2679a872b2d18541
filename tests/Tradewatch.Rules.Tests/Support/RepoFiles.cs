using Tradewatch.Rules.Hs;
using Tradewatch.Rules.Model;
using Tradewatch.Rules.Validation;

namespace Tradewatch.Rules.Tests.Support;

/// <summary>Finds the repository's bundled rulebooks and HS reference files, loaded once per test run.</summary>
internal static class RepoFiles
{
    private static readonly Lazy<string> s_root = new(() =>
    {
        var built = typeof(RepoFiles).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (built is not null && File.Exists(Path.Combine(built, "Tradewatch.slnx")))
        {
            return Path.GetFullPath(built);
        }
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tradewatch.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("repository root (Tradewatch.slnx) not found above " + AppContext.BaseDirectory);
    });

    private static readonly Lazy<HsCorrespondenceTable> s_correspondence = new(() =>
    {
        using var reader = new StreamReader(HsFile("hs_concordances_comtrade_consolidated_harvard.csv"));
        return HsCorrespondenceTable.FromConsolidatedCsv(reader);
    });

    private static readonly Lazy<DomainNomenclature> s_nomenclature = new(() => DomainNomenclature.FromCorrespondence(s_correspondence.Value));

    private static readonly Lazy<RulebookSet> s_bundled = new(() =>
    {
        var (set, errors) = RulebookValidator.LoadAndValidate(RulebooksFolder, s_nomenclature.Value);
        return errors.Count == 0 ? set : throw new InvalidOperationException("bundled rulebooks invalid:\n" + string.Join("\n", errors));
    });

    public static string Root => s_root.Value;
    public static string RulebooksFolder => Path.Combine(Root, "rulebooks");
    public static HsCorrespondenceTable Correspondence => s_correspondence.Value;
    public static DomainNomenclature Nomenclature => s_nomenclature.Value;
    public static RulebookSet Bundled => s_bundled.Value;

    /// <summary>The repo's copy under data/reference/hs, else the shared folder every checkout has beside it.</summary>
    public static string HsFile(string name)
    {
        var inRepo = Path.Combine(Root, "data", "reference", "hs", name);
        return File.Exists(inRepo) ? inRepo : Path.Combine(Root, "..", "shared", "data", "hs", name);
    }
}
