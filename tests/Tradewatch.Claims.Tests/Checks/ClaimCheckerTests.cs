using Tradewatch.Claims.Intake;

namespace Tradewatch.Claims.Tests.Checks;

public class ClaimCheckerTests
{
    private static ClaimsDocument Checked(string text, DateOnly date, string? file = null) =>
        ClaimChecker.Default.Check(ClaimExtractor.Default.Extract(ArticleReader.FromText(text, file, new ArticleReaderOptions { Date = date })));

    [Fact]
    public void Should_Flag_A_Growth_Rate_Its_Own_Figures_Contradict()
    {
        // 42 / 32 = 1.3125, a 31% rise, not 20%.
        var document = Checked("Russia's exports to North Korea rose 20 percent to $42 million in 2016 from $32 million a year earlier.", new DateOnly(2017, 3, 1));
        var check = Assert.Single(document.Checks, c => c.Check == "growth_arithmetic");
        Assert.Equal(CheckVerdict.Inconsistent, check.Verdict);
        Assert.StartsWith("42M / 32M = 1.3125 → +31.3%, stated +20%", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Accept_A_Growth_Rate_Within_The_Rounding_Of_Its_Figures()
    {
        var document = Checked("Trade between China and North Korea fell 49 percent to $2.8 billion in 2018 from $5.6 billion a year earlier.", new DateOnly(2019, 3, 1));
        Assert.Equal(CheckVerdict.Consistent, Assert.Single(document.Checks, c => c.Check == "growth_arithmetic").Verdict);
    }

    [Fact]
    public void Should_Check_A_Doubling_Against_Its_Figures()
    {
        var document = Checked("Chinese imports from North Korea more than doubled to $90 million in 2019 from $50 million in 2018.", new DateOnly(2020, 1, 20));
        var check = Assert.Single(document.Checks, c => c.Check == "growth_arithmetic");
        Assert.Equal(CheckVerdict.Inconsistent, check.Verdict);
    }

    [Fact]
    public void Should_Add_Directions_Against_A_Two_Way_Total()
    {
        var text = "Trade between China and North Korea reached $300 million in October. China's exports to North Korea were $250 million in October and its imports from North Korea were $90 million in October.";
        var check = Assert.Single(Checked(text, new DateOnly(2017, 11, 20)).Checks, c => c.Check == "parts_total");
        Assert.Equal(CheckVerdict.Inconsistent, check.Verdict);
        Assert.StartsWith("250M USD + 90M USD = 340M USD; stated total 300M USD", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Compare_The_Same_Flow_Across_Articles_And_Treat_Part_Years_As_Bounds()
    {
        var a = Checked("Russia's exports to North Korea were $48 million in the first five months of 2017, KOTRA said.", new DateOnly(2017, 7, 1), "a.txt");
        var b = Checked("Russia's exports to North Korea were $40 million in 2017, Russian customs said.", new DateOnly(2018, 2, 1), "b.txt");
        var c = Checked("Russia's exports to North Korea were $52.5 million in the January-May period of 2017, Russian customs said.", new DateOnly(2017, 7, 2), "c.txt");
        var cross = ClaimChecker.Default.CrossCheck([a, b, c]);
        var bound = Assert.Single(cross, x => x.Documents!.SequenceEqual([0, 1]));
        Assert.Equal(CheckVerdict.Inconsistent, bound.Verdict);
        Assert.Contains("exceeds", bound.Reason, StringComparison.Ordinal);
        Assert.Equal(CheckVerdict.Inconsistent, Assert.Single(cross, x => x.Documents!.SequenceEqual([0, 2])).Verdict);
    }

    [Fact]
    public void Should_Bound_A_Partner_Figure_By_The_All_Destinations_Figure()
    {
        var a = Checked("North Korea's coal exports to China were 1.5 million tons in January.", new DateOnly(2017, 3, 1), "a.txt");
        var b = Checked("In January, North Korea shipped out 1.2 million tons of coal.", new DateOnly(2017, 3, 2), "b.txt");
        var check = Assert.Single(ClaimChecker.Default.CrossCheck([a, b]));
        Assert.Equal(CheckVerdict.Inconsistent, check.Verdict);
        Assert.Contains("1500000 t to CHN exceeds 1200000 t to all destinations", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Not_Set_Sources_Against_Each_Other_On_A_Carried_Over_Period()
    {
        var a = Checked("Russia's trade with North Korea was $69 million in 2016. Experts believe actual trade stands at around $1 billion.", new DateOnly(2017, 5, 1), "a.txt");
        var b = Checked("Russia's trade with North Korea was $69.2 million in 2016.", new DateOnly(2017, 2, 1), "b.txt");
        var check = Assert.Single(ClaimChecker.Default.CrossCheck([a, b]));
        Assert.Equal(CheckVerdict.Consistent, check.Verdict);
    }

    [Fact]
    public void Should_Call_A_Ledger_Check_For_Each_Claim()
    {
        var ledger = new CollectingLedger();
        var document = ClaimChecker.Default.WithLedger(ledger).Check(ClaimExtractor.Default.Extract("Russia's exports to North Korea were $48 million in 2017.", null, new DateOnly(2018, 1, 1)));
        Assert.Single(ledger.Seen);
        Assert.Contains(document.Checks, c => c.Check == "ledger");
    }

    private sealed class CollectingLedger : ILedgerCheck
    {
        public List<Claim> Seen { get; } = [];

        public ClaimCheck? Check(Claim claim, Article article)
        {
            Seen.Add(claim);
            return new ClaimCheck([claim.Id], CheckVerdict.CannotCheck, "no rows", "ledger", "ledger");
        }
    }
}
