using Tradewatch.Claims.Intake;

namespace Tradewatch.Claims.Tests;

/// <summary>
/// Articles written for the tests (Fixtures/handwritten), each with every claim a reader could check listed,
/// so both missed and spurious claims fail. Same matching rule as the gold files.
/// </summary>
public class HandwrittenArticleTests
{
    private static ClaimsDocument Read(string file) =>
        ClaimChecker.Default.Check(ClaimExtractor.Default.Extract(ArticleReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "handwritten", file))));

    public static TheoryData<string, string[]> Expected() => new()
    {
        {
            "kita-style-2019.txt",
            [
                "growth_rate -88.6 percent PRK CHN 2018", "growth_rate -88.6 percent PRK CHN 2018", "trade_value 194600000 USD PRK CHN 2018",
                "growth_rate -33.3 percent CHN PRK 2018", "trade_value 2200000000 USD CHN PRK 2018", "share 95.8 percent CHN PRK 2018",
                "share 94.8 percent CHN PRK 2017", "trade_quantity 1200 t CHN PRK 2019-01", "growth_rate -4.1 percent PRK - 2018",
                "trade_value 34000000 USD RUS PRK 2018", "trade_value 28000000 USD RUS PRK 2017", "trade_quantity 190000 t CHN PRK 2019Q1",
                "growth_rate 2 times CHN PRK 2019Q1", "other 500000000 USD PRK - -",
            ]
        },
        {
            "customs-2024.html",
            [
                "growth_rate 2 times CHN PRK 2023", "trade_value 2300000000 USD CHN PRK 2023", "trade_value 2000000000 USD CHN PRK 2023",
                "growth_rate 125 percent CHN PRK 2023", "growth_rate 76 percent PRK CHN 2023", "trade_value 292000000 USD PRK CHN 2023",
                "trade_value 228000000 USD CHN PRK 2023-12", "other - - CHN PRK 2023-12", "share 60 percent PRK CHN -",
            ]
        },
        {
            "may-2020.txt",
            [
                "growth_rate -90 percent CHN PRK 2020-05", "growth_rate -90 percent CHN PRK 2020-05", "trade_value 26700000 USD CHN PRK 2020-05",
                "trade_value 4700000 USD PRK CHN 2020-05", "trade_value 22000000 USD CHN PRK 2020-05", "growth_rate -56.5 percent CHN PRK 2020-01..2020-05",
                "trade_value 315000000 USD CHN PRK 2020-01..2020-05", "trade_quantity 5600 t CHN PRK 2020-05",
            ]
        },
        {
            "reuters-style-2017.txt",
            [
                "trade_value 138000000 USD PRK CHN 2017-08", "other - - PRK CHN 2017-08", "growth_rate 5.2 percent CHN PRK 2017-08",
                "trade_value 283000000 USD CHN PRK 2017-08", "trade_quantity 1600000 t PRK CHN 2017-08", "trade_quantity 1300000 t PRK CHN 2017-07",
                "trade_value 3000000000 USD PRK - -", "share 33.3 percent PRK - -", "growth_rate 0.8 percent CHN PRK 2017-01..2017-08",
                "trade_value 3680000000 USD CHN PRK 2017-01..2017-08",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Should_Extract_Exactly_The_Checkable_Claims(string file, string[] expected)
    {
        var claims = Read(file).Claims.ToList();
        var unmatched = new List<string>();
        foreach (var e in expected)
        {
            var hit = claims.FirstOrDefault(c => Matches(e, c));
            if (hit is null)
            {
                unmatched.Add(e);
            }
            else
            {
                claims.Remove(hit);
            }
        }
        Assert.True(unmatched.Count == 0 && claims.Count == 0,
            $"missed: {string.Join(" | ", unmatched)}; spurious: {string.Join(" | ", claims.Select(c => c.Quote))}");
    }

    [Fact]
    public void Should_Flag_Nothing_In_Consistent_Articles() =>
        Assert.All(Expected().Select(row => (string)row[0]), f => Assert.DoesNotContain(Read(f).Checks, c => c.Verdict == CheckVerdict.Inconsistent));

    // "kind value unit from to period": '-' for null; totals compare sides as a set; a null expected side is not checked.
    private static bool Matches(string expected, Claim c)
    {
        var p = expected.Split(' ');
        var (kind, value, unit) = (p[0], p[1], p.Length == 6 ? p[2] : null);
        var (from, to, period) = p.Length == 6 ? (p[3], p[4], p[5]) : (p[2], p[3], p[4]);
        if (Json.ClaimsJson.KindName(c.Kind) != kind || (c.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-") != value
            || (unit is not null && (unit == "-" ? null : unit) != c.Unit) || (period != "-" && c.Period?.ToString() != period))
        {
            return false;
        }
        string?[] sides = [c.From?.Alpha3, c.To?.Alpha3];
        return c.Flow is ClaimFlow.TotalTrade or ClaimFlow.Turnover
            ? (from == "-" || sides.Contains(from)) && (to == "-" || sides.Contains(to))
            : (from == "-" || from == c.From?.Alpha3) && (to == "-" || to == c.To?.Alpha3);
    }
}
