using Tradewatch.Claims.Intake;
using Tradewatch.Claims.Ledger;
using Tradewatch.Claims.Tests.Support;

namespace Tradewatch.Claims.Tests.Ledger;

/// <summary>
/// Claims checked against a hand-made ledger: an IMF-DOTS-like dataset of yearly all-goods totals, a Comtrade-like
/// extract holding chapters 27 and 44 only, and monthly customs rows. Expected verdicts are worked out in comments.
/// </summary>
public sealed class LedgerClaimCheckTests : IDisposable
{
    private readonly TempStore _temp = new();

    public LedgerClaimCheckTests()
    {
        var dots = _temp.Dataset("dots-test", "dots");
        _temp.Row(dots, 7, "RUS", "PRK", "exporter", "2016", null, 68_023_000m);
        _temp.Row(dots, 8, "PRK", "RUS", "exporter", "2016", null, 8_330_000m, estimate: true);   // IMF estimate for the silent DPRK
        _temp.Row(dots, 9, "PRK", "RUS", "importer", "2016", null, 8_834_000m);                   // Russia's own import declaration
        var comtrade = _temp.Dataset("comtrade-test", "comtrade");
        _temp.Row(comtrade, 20, "RUS", "PRK", "exporter", "2015", "27", 40_000_000m);
        _temp.Row(comtrade, 21, "RUS", "PRK", "exporter", "2015", "44", 1_000_000m);
        _temp.Row(comtrade, 22, "RUS", "PRK", "exporter", "2016", "27", 57_552_468m);
        var customs = _temp.Dataset("customs-test", "csv");
        for (var m = 1; m <= 12; m++)
        {
            _temp.Row(customs, 100 + m, "CHN", "PRK", "exporter", $"2017-{m:D2}", null, 5_000_000m);
        }
    }

    public void Dispose() => _temp.Dispose();

    private ClaimCheck Ledger(string text, DateOnly date)
    {
        var document = ClaimChecker.Default.WithLedger(new LedgerClaimCheck(_temp.Store))
            .Check(ClaimExtractor.Default.Extract(ArticleReader.FromText(text, "t.txt", new ArticleReaderOptions { Date = date })));
        return Assert.Single(document.Checks, c => c.Check == "ledger");
    }

    [Fact]
    public void Should_Be_Consistent_When_The_Dataset_Figure_Is_Within_The_Rounding_Of_The_Stated_One()
    {
        // "$68 million" allows 67.5M–68.5M; DOTS holds 68.023M for 2016 (line 7). Comtrade's chapter 27 row (57.55M)
        // is only a lower bound for all goods.
        var check = Ledger("Russia's exports to North Korea were $68 million in 2016.", new DateOnly(2017, 3, 1));

        Assert.Equal(CheckVerdict.Consistent, check.Verdict);
        Assert.Contains("IMF DOTS 'dots-test' says 68.023M USD (RUS's declarations; 1 row, line 7): agrees within rounding", check.Reason, StringComparison.Ordinal);
        Assert.Contains("UN Comtrade 'comtrade-test' says at least 57.552M USD", check.Reason, StringComparison.Ordinal);
        Assert.Contains("it holds HS 27 only for 2016: a lower bound for all goods", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Be_Inconsistent_When_The_Dataset_Figure_Is_Beyond_Rounding()
    {
        // "$60 million" allows 59.5M–60.5M; DOTS says 68.023M. Comtrade's lower bound (57.55M) does not contradict it,
        // but the exact figure does.
        var check = Ledger("Russia's exports to North Korea were $60 million in 2016.", new DateOnly(2017, 3, 1));

        Assert.Equal(CheckVerdict.Inconsistent, check.Verdict);
        Assert.Contains("says 68.023M USD (RUS's declarations; 1 row, line 7): disagrees beyond rounding", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Check_A_Part_Year_Claim_Only_As_At_Most_The_Year()
    {
        // Jan–May 2016 against yearly rows: DOTS bounds it by 68.023M, Comtrade (chapter 27 only, for the year) says nothing.
        var low = Ledger("Russia's exports to North Korea were $30 million in January-May 2016.", new DateOnly(2016, 7, 1));
        var high = Ledger("Russia's exports to North Korea were $70 million in January-May 2016.", new DateOnly(2016, 7, 1));

        Assert.Equal(CheckVerdict.Consistent, low.Verdict);
        Assert.Contains("says at most 68.023M USD", low.Reason, StringComparison.Ordinal);
        Assert.Contains("its figure is for 2016, which is longer than 2016-01..2016-05: only an upper bound): within the bound", low.Reason, StringComparison.Ordinal);
        Assert.Equal(CheckVerdict.Inconsistent, high.Verdict);
        Assert.Contains("outside the bound", high.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Sum_Monthly_Rows_For_A_Year_Or_A_Quarter()
    {
        // Twelve months of 5M: 60M for the year, 15M for the first quarter.
        var year = Ledger("China's exports to North Korea were $60 million in 2017.", new DateOnly(2018, 2, 1));
        var quarter = Ledger("China's exports to North Korea were $16 million in the first quarter of 2017.", new DateOnly(2017, 5, 1));

        Assert.Equal(CheckVerdict.Consistent, year.Verdict);
        Assert.Contains("csv 'customs-test' says 60M USD (CHN's declarations; 12 rows, lines 101, 102, 103, 104, 105, …): agrees within rounding", year.Reason, StringComparison.Ordinal);
        Assert.Equal(CheckVerdict.Inconsistent, quarter.Verdict);
        Assert.Contains("says 15M USD", quarter.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Not_Check_A_Period_The_Ledger_Lacks()
    {
        var check = Ledger("Russia's exports to North Korea were $50 million in 2019.", new DateOnly(2020, 2, 1));

        Assert.Equal(CheckVerdict.CannotCheck, check.Verdict);
        Assert.Contains("IMF DOTS 'dots-test' cannot check it (no rows for all goods in 2019)", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Treat_A_Two_Chapter_Extract_As_A_Lower_Bound_For_All_Goods()
    {
        // 2015: only Comtrade, chapters 27 (40M) and 44 (1M): all goods were at least 41M.
        var below = Ledger("Russia's exports to North Korea were $30 million in 2015.", new DateOnly(2016, 2, 1));
        var above = Ledger("Russia's exports to North Korea were $80 million in 2015.", new DateOnly(2016, 2, 1));

        Assert.Equal(CheckVerdict.Inconsistent, below.Verdict);
        Assert.Contains("says at least 41M USD (RUS's declarations; 2 rows, lines 20, 21; it holds HS 27+44 only for 2015: a lower bound for all goods): outside the bound", below.Reason, StringComparison.Ordinal);
        Assert.Equal(CheckVerdict.Consistent, above.Verdict);
        Assert.Contains("within the bound", above.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Bound_A_Commodity_By_Its_Chapter()
    {
        // Coal (2701) in 2016: Comtrade has chapter 27 only (57.55M), DOTS all goods (68.02M); both are upper bounds.
        var check = Ledger("Russia's coal exports to North Korea were worth $31 million in 2016.", new DateOnly(2017, 2, 1));

        Assert.Equal(CheckVerdict.Consistent, check.Verdict);
        Assert.Contains("HS 2701 (coal), 2016", check.Reason, StringComparison.Ordinal);
        Assert.Contains("UN Comtrade 'comtrade-test' says at most 57.552M USD (RUS's declarations; 1 row, line 22; it has only coarser codes (chapter 27) for 2016", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Prefer_A_Declaration_To_An_IMF_Estimate_And_Add_Both_Directions_For_Bilateral_Trade()
    {
        // PRK→RUS 2016: the exporter side is an IMF estimate (8.33M), Russia declared 8.834M as imports.
        var exports = Ledger("North Korea's exports to Russia were $8.8 million in 2016.", new DateOnly(2017, 2, 1));
        // Two-way: 68.023M + 8.834M = 76.857M; "$77 million" allows 76.5M–77.5M.
        var total = Ledger("Trade between Russia and North Korea was $77 million in 2016.", new DateOnly(2017, 2, 1));

        Assert.Equal(CheckVerdict.Consistent, exports.Verdict);
        Assert.Contains("says 8.834M USD (RUS's declarations; 1 row, line 9)", exports.Reason, StringComparison.Ordinal);
        Assert.Equal(CheckVerdict.Consistent, total.Verdict);
        Assert.Contains("IMF DOTS 'dots-test' says 76.857M USD (RUS→PRK 68.023M USD; RUS's declarations; 1 row, line 7 + PRK→RUS 8.834M USD; RUS's declarations; 1 row, line 9)", total.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Leave_Claims_Without_Two_Countries_To_Other_Checks()
    {
        var document = ClaimChecker.Default.WithLedger(new LedgerClaimCheck(_temp.Store))
            .Check(ClaimExtractor.Default.Extract(ArticleReader.FromText("North Korea's exports fell to $243 million in 2018.", "t.txt", new ArticleReaderOptions { Date = new DateOnly(2019, 7, 1) })));

        Assert.DoesNotContain(document.Checks, c => c.Check == "ledger");
    }
}
