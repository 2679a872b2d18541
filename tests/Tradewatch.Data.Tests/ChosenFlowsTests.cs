using System.Globalization;
using Tradewatch.Data.Import;
using Tradewatch.Data.Queries;
using Tradewatch.Data.Tests.Support;

namespace Tradewatch.Data.Tests;

/// <summary>
/// The chosen_flows policy on small ledgers where each rule has a choice to make: the cases the macro's shortcuts
/// (one aggregate for dataset and side, the level choice only where a dataset-year holds several levels) must
/// keep answering as the policy says.
/// </summary>
public sealed class ChosenFlowsTests
{
    private const string Header = "freqCode,period,reporterCode,reporterISO,flowCode,partnerCode,partnerISO,classificationCode,cmdCode,aggrLevel,primaryValue";

    [Fact]
    public void Should_Keep_The_Earlier_Import_When_Two_Datasets_Cover_As_Many_Goods()
    {
        using var t = new TempStore();
        Import(t, "first",
            "A,2016,643,RUS,X,408,PRK,H4,270112,6,100",
            "A,2016,643,RUS,X,408,PRK,H4,440710,6,200",
            "A,2017,643,RUS,X,408,PRK,H4,270112,6,300");
        Import(t, "second",
            "A,2016,643,RUS,X,408,PRK,H4,270119,6,1000",
            "A,2016,643,RUS,X,408,PRK,H4,440799,6,2000",
            "A,2017,643,RUS,X,408,PRK,H4,270112,6,3000",
            "A,2017,643,RUS,X,408,PRK,H4,440710,6,4000");

        var rows = Chosen(t, "'RUS'", "'PRK'", 2016, 2017, 6);

        Assert.Equal(["2016 first 270112 100.00", "2016 first 440710 200.00", "2017 second 270112 3000.00", "2017 second 440710 4000.00"], rows);
    }

    [Fact]
    public void Should_Choose_Dataset_And_Side_For_Each_Pair_Apart_When_Asked_For_Every_Pair()
    {
        using var t = new TempStore();
        Import(t, "first",
            "A,2016,643,RUS,X,408,PRK,H4,270112,6,1",
            "A,2016,643,RUS,X,408,PRK,H4,270119,6,2",
            "A,2016,156,CHN,X,408,PRK,H4,270112,6,3",
            "A,2016,156,CHN,M,408,PRK,H4,270112,6,4",
            "A,2016,408,PRK,M,643,RUS,H4,270112,6,5",
            "A,2016,408,PRK,M,643,RUS,H4,270119,6,6",
            "A,2016,408,PRK,M,643,RUS,H4,440710,6,7");
        Import(t, "second",
            "A,2016,643,RUS,X,408,PRK,H4,270112,6,10",
            "A,2016,156,CHN,X,408,PRK,H4,270112,6,30",
            "A,2016,156,CHN,X,408,PRK,H4,270119,6,31");

        var rows = Chosen(t, "NULL", "NULL", 2016, 2016, 6, withPair: true);

        // RUS -> PRK: the exporter's declarations (PRK's import lines cover more goods but are the other side),
        // from the dataset with more goods; CHN -> PRK: the other dataset has more; PRK -> CHN: only China's imports.
        Assert.Equal([
            "CHN PRK exporter 2016 second 270112 30.00", "CHN PRK exporter 2016 second 270119 31.00",
            "PRK CHN importer 2016 first 270112 4.00",
            "RUS PRK exporter 2016 first 270112 1.00", "RUS PRK exporter 2016 first 270119 2.00"], rows);
    }

    [Theory]
    [InlineData(6, "2016 270112 100.00|2016 270119 50.00|2016 4407 70.00|2016 720110 9.00|2017-01 270112 11.00|2017-02 2701 22.00")]
    [InlineData(4, "2016 2701 300.00|2016 4407 70.00|2016 720110 9.00|2017-01 2701 12.00|2017-02 2701 22.00")]
    [InlineData(2, "2016 27 500.00|2016 4407 70.00|2016 720110 9.00|2017-01 2701 12.00|2017-02 2701 22.00")]
    public void Should_Use_The_Finest_Level_Not_Finer_Than_Asked_Per_Chapter_And_Period_Else_The_Coarsest(int level, string expected)
    {
        using var t = new TempStore();
        Import(t, "levels",
            "A,2016,643,RUS,X,408,PRK,H4,27,2,500",
            "A,2016,643,RUS,X,408,PRK,H4,2701,4,300",
            "A,2016,643,RUS,X,408,PRK,H4,270112,6,100",
            "A,2016,643,RUS,X,408,PRK,H4,270119,6,50",
            "A,2016,643,RUS,X,408,PRK,H4,4407,4,70",
            "A,2016,643,RUS,X,408,PRK,H4,720110,6,9",
            "M,201701,643,RUS,X,408,PRK,H4,2701,4,12",
            "M,201701,643,RUS,X,408,PRK,H4,270112,6,11",
            "M,201702,643,RUS,X,408,PRK,H4,2701,4,22");

        var rows = Chosen(t, "'RUS'", "'PRK'", 2016, 2017, level, byMonth: true);

        Assert.Equal(expected.Split('|'), rows);
    }

    private static void Import(TempStore t, string dataset, params string[] lines)
    {
        var path = Path.Combine(t.Folder, dataset + ".csv");
        File.WriteAllLines(path, [Header, .. lines]);
        LedgerImporter.Import(t.Store, new ImportOptions("comtrade", path, dataset));
    }

    private static List<string> Chosen(TempStore t, string exporter, string importer, int from, int to, int level, bool withPair = false, bool byMonth = false)
    {
        ChosenFlows.Define(t.Store);
        // The macro's arguments are SQL expressions; the test passes literals it wrote itself.
        using var cmd = t.Store.Command($"""
            SELECT exporter, importer, side, period_start, period_end, dataset, hs_code, value_usd
            FROM chosen_flows({exporter}, {importer}, DATE '{from}-01-01', DATE '{to}-12-31', NULL, 'auto', NULL, {level})
            ORDER BY exporter, importer, period_start, hs_code
            """);
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            var start = r.GetDateTime(3);
            var monthly = start.Month == r.GetDateTime(4).Month;
            var period = byMonth && monthly ? start.ToString("yyyy-MM", CultureInfo.InvariantCulture) : start.Year.ToString(CultureInfo.InvariantCulture);
            var pair = withPair ? $"{r.GetString(0)} {r.GetString(1)} {r.GetString(2)} " : "";
            var dataset = byMonth ? "" : r.GetString(5) + " ";
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{pair}{period} {dataset}{r.GetString(6)} {r.GetDecimal(7):F2}"));
        }
        return rows;
    }
}
