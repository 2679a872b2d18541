using Tradewatch.Claims.Intake;
using Tradewatch.Claims.Ledger;
using Tradewatch.Claims.Tests.Support;
using Tradewatch.Data.Import;

namespace Tradewatch.Claims.Tests.Ledger;

/// <summary>
/// The real articles checked against the repo's bundled Comtrade extract (HS 27 and 44 only) and IMF DOTS, imported
/// with the real importer. Figures quoted from the files: DOTS has Russia's exports to the DPRK at US$68,022,578 (2016)
/// and US$42.007M (2020), and Russia's imports from the DPRK at US$713,938 (2020).
/// </summary>
public sealed class BundledLedgerTests : IDisposable
{
    private readonly TempStore _temp = new();

    public BundledLedgerTests()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "trade");
        LedgerImporter.Import(_temp.Store, new ImportOptions("comtrade", Path.Combine(folder, "comtrade_hs27_hs44_dprk_all_partners_1988_2017.csv"), "comtrade"));
        LedgerImporter.Import(_temp.Store, new ImportOptions("dots", Path.Combine(folder, "imf_dots_dprk_russia_1960_2020.csv"), "dots"));
    }

    public void Dispose() => _temp.Dispose();

    private ClaimsDocument Checked(string name) =>
        ClaimChecker.Default.WithLedger(new LedgerClaimCheck(_temp.Store))
            .Check(ClaimExtractor.Default.Extract(ArticleReader.ReadFile(Path.Combine(GoldArticles.Folder, name + ".txt"))));

    private static ClaimCheck LedgerCheck(ClaimsDocument document, string quoteStart) =>
        Assert.Single(document.Checks, c => c.Check == "ledger" && document.Claims.Single(x => x.Id == c.Claims[0]).Quote.StartsWith(quoteStart, StringComparison.Ordinal));

    [Fact]
    public void Should_Find_Russias_2020_Figures_In_Imf_Dots()
    {
        var document = Checked("tass-2021-02-19-russia-dprk-trade-2020");

        // "$714,000" (713,500–714,500) against Russia's declared imports, not the IMF's estimate of DPRK exports (670,000).
        var exports = LedgerCheck(document, "North Korean exports to Russia");
        Assert.Equal(CheckVerdict.Consistent, exports.Verdict);
        Assert.Contains("IMF DOTS 'dots' says 713938 USD (RUS's declarations", exports.Reason, StringComparison.Ordinal);
        // "$42 mln" (41.5M–42.5M) against 42.007M.
        Assert.Equal(CheckVerdict.Consistent, LedgerCheck(document, "Imports from Russia").Verdict);
        // The Comtrade extract ends in 2017.
        Assert.Contains("UN Comtrade 'comtrade' cannot check it (no rows for all goods in 2020)", exports.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Bound_A_Part_Year_Kotra_Figure_By_The_Year_And_Not_Call_The_Two_Chapter_Extract_Inconsistent()
    {
        var document = Checked("001_c0b78deaa73c8e23");

        // US$48M for Jan–May 2017 can only be at most DOTS's 2017 year (74.269M); Comtrade's HS 27+44 year says nothing.
        var check = LedgerCheck(document, "Russian exports to North Korea amounted to US$48 million");
        Assert.Equal(CheckVerdict.Consistent, check.Verdict);
        Assert.Contains("IMF DOTS 'dots' says at most 74.269M USD", check.Reason, StringComparison.Ordinal);
        Assert.Contains("its HS 27+44 rows for 2017 say nothing about all goods in 2017-01..2017-05", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Compare_The_2016_Turnover_With_Both_Directions()
    {
        var document = Checked("003_63065c96780da45a");

        // $69M (68.5M–69.5M) vs DOTS 68,022,578 (Russia's exports) + 8,833,601 (Russia's imports) = 76,856,179; Comtrade's
        // HS 27+44 exports (57.563M) only bound it from below.
        var check = LedgerCheck(document, "bilateral trade turnover stood at $69 million");
        Assert.Equal(CheckVerdict.Inconsistent, check.Verdict);
        Assert.Contains("IMF DOTS 'dots' says 76.856M USD (RUS→PRK 68.023M USD", check.Reason, StringComparison.Ordinal);
        Assert.Contains("UN Comtrade 'comtrade' says at least 57.563M USD", check.Reason, StringComparison.Ordinal);
    }
}
