using Tradewatch.Domain;
using Tradewatch.Rules.Compilation;
using Tradewatch.Rules.Matching;
using Tradewatch.Rules.Tests.Support;

namespace Tradewatch.Rules.Tests;

/// <summary>The compiled join table must say exactly what the matcher says, for HS6 flows.</summary>
public sealed class JoinTableCompilerTests
{
    private static readonly Lazy<IReadOnlyList<JoinRow>> s_rows = new(() => JoinTableCompiler.Compile(RepoFiles.Bundled, RepoFiles.Nomenclature));

    private static IEnumerable<string> Joined(FlowQuery f)
    {
        var hs6 = f.Hs.Digits;
        return s_rows.Value.Where(r => r.Hs6 == hs6 && f.Date >= r.ValidFrom && f.Date <= r.ValidTo
                && ((r.Direction == "to_target" && r.Target == f.To.Alpha3 && f.From.Alpha3 != r.Target && (r.Counterpart is null || r.Counterpart == f.From.Alpha3))
                    || (r.Direction == "from_target" && r.Target == f.From.Alpha3 && f.To.Alpha3 != r.Target && (r.Counterpart is null || r.Counterpart == f.To.Alpha3))))
            .Select(r => r.MeasureId).Distinct().Order(StringComparer.Ordinal);
    }

    [Fact]
    public void Should_Compile_The_Coal_Ban_As_HS6_Rows_From_Its_Effective_Date()
    {
        var rows = s_rows.Value.Where(r => r.MeasureId == "UNSCR2371-OP8-coal-iron-ironore-full-ban").ToList();

        var coal = Assert.Single(rows, r => r.Hs6 == "270112");
        Assert.Equal(("from_target", "PRK", (string?)null, new DateOnly(2017, 8, 5), DateOnly.MaxValue), (coal.Direction, coal.Target, coal.Counterpart, coal.ValidFrom, coal.ValidTo));
        Assert.DoesNotContain(rows, r => r.Hs6.StartsWith("2703", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_Agree_With_The_Matcher_On_A_Grid_Of_Flows()
    {
        var codes = RepoFiles.Nomenclature.Subheadings(HsRevision.HS2017).Where((_, i) => i % 7 == 0).ToList();
        var dates = new[] { "2016-06-30", "2017-03-01", "2017-10-01", "2018-06-01" }.Select(d => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var pairs = new[] { ("CHN", "PRK"), ("PRK", "CHN"), ("PRK", "SGP"), ("DEU", "PRK") };
        var compared = 0;
        foreach (var code in codes)
        {
            foreach (var date in dates)
            {
                foreach (var (from, to) in pairs)
                {
                    var flow = new FlowQuery(HsCode.Parse(code), CountryCode.Parse(from), CountryCode.Parse(to), date);
                    var matched = Flows.Matcher.Match(flow).Select(m => m.Measure.Id).Distinct().Order(StringComparer.Ordinal);
                    Assert.Equal(matched, Joined(flow));
                    compared++;
                }
            }
        }
        Assert.True(compared > 10_000);
    }

    [Fact]
    public void Should_Write_Csv_With_Header_And_Iso_Dates()
    {
        using var writer = new StringWriter();

        JoinTableCompiler.WriteCsv(s_rows.Value.Where(r => r.MeasureId == "UNSCR2397-OP6-vessels" && r.Hs6 == "890110"), writer);

        Assert.Equal(
            "measure_id,hs6,revision,direction,target,counterpart,valid_from,valid_to,type,basis,partial,hs_status,hs_confidence\n"
            + "UNSCR2397-OP6-vessels,890110,HS2017,from_target,PRK,,2017-12-22,9999-12-31,ban,hs,false,confirmed,high\n",
            writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
