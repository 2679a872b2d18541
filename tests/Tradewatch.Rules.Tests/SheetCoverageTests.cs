using System.Text.RegularExpressions;
using Tradewatch.Rules.Model;
using Tradewatch.Rules.Tests.Support;

namespace Tradewatch.Rules.Tests;

/// <summary>The UN rulebook against the fact sheet it encodes (shared/reference/un-dprk-measures.md).</summary>
public sealed partial class SheetCoverageTests
{
    private static readonly Lazy<string> s_sheet = new(() =>
        File.ReadAllText(Path.Combine(RepoFiles.Root, "..", "shared", "reference", "un-dprk-measures.md")));

    private static Rulebook Un => RepoFiles.Bundled.Rulebooks.Single(r => r.Header.Id == "un-dprk");

    [GeneratedRegex(@"\bM-(\d\d)\b")]
    private static partial Regex MeasureRef();

    [GeneratedRegex(@"\bX-(\d\d)\b")]
    private static partial Regex ExemptionRef();

    // "**M-14 `UNSCR2371-OP8-…`**" and "| M-21 `UNSCR2397-OP6-food-agri` |"
    [GeneratedRegex(@"(M-\d\d) `([A-Za-z0-9._-]+)`")]
    private static partial Regex NamedMeasure();

    [Fact]
    public void Should_Encode_Every_Measure_Id_Of_The_Sheet()
    {
        var sheetIds = MeasureRef().Matches(s_sheet.Value).Select(m => m.Value).ToHashSet();
        var encoded = Un.Measures.Select(m => m.Ref).OfType<string>().ToHashSet();

        Assert.Equal(42, sheetIds.Count);
        Assert.Empty(sheetIds.Except(encoded));
    }

    [Fact]
    public void Should_Encode_Every_Exemption_Id_Of_The_Sheet()
    {
        var sheetIds = ExemptionRef().Matches(s_sheet.Value).Select(m => m.Value).ToHashSet();

        Assert.Equal(9, sheetIds.Count);
        Assert.Empty(sheetIds.Except(Un.Exemptions.Select(e => e.Id)));
    }

    [Fact]
    public void Should_Use_The_Sheet_Name_As_Measure_Id()
    {
        foreach (Match named in NamedMeasure().Matches(s_sheet.Value))
        {
            var m = RepoFiles.Bundled.Find(named.Groups[2].Value);
            Assert.True(m is not null, $"{named.Groups[1].Value} {named.Groups[2].Value} is not encoded under the sheet's name");
            Assert.Equal(named.Groups[1].Value, m.Ref);
        }
    }

    [Fact]
    public void Should_Agree_With_The_Timeline_Table()
    {
        Assert.NotEmpty(Un.Checkpoints);
        foreach (var c in Un.Checkpoints)
        {
            var inForce = Un.Measures.Where(m => m.InForceOn(c.Date)).Select(m => m.Ref).OfType<string>().ToHashSet();
            Assert.All(c.InForce, r => Assert.True(inForce.Contains(r), $"{r} should be in force on {c.Date}"));
            Assert.All(c.NotInForce, r => Assert.False(inForce.Contains(r), $"{r} should not be in force on {c.Date}"));
        }
    }

    /// <summary>The sheet's §7 confidence labels are upper bounds: a rulebook selector may be less sure, never more.</summary>
    [Theory]
    [InlineData("M-09", HsConfidence.Low)]
    [InlineData("M-10", HsConfidence.Low)]
    [InlineData("M-11", HsConfidence.Low)]
    [InlineData("M-12", HsConfidence.Low)]
    [InlineData("M-13", HsConfidence.Low)]
    [InlineData("M-14", HsConfidence.Low)]
    [InlineData("M-15", HsConfidence.Low)]
    [InlineData("M-16", HsConfidence.Low)]
    [InlineData("M-17", HsConfidence.Low)]
    [InlineData("M-18", HsConfidence.Low)]
    [InlineData("M-19", HsConfidence.Low)]
    [InlineData("M-20", HsConfidence.Low)]
    [InlineData("M-27", HsConfidence.Low)]
    [InlineData("M-28", HsConfidence.Low)]
    [InlineData("M-29", HsConfidence.Med)]
    [InlineData("M-30", HsConfidence.Med)]
    [InlineData("M-31", HsConfidence.Med)]
    [InlineData("M-32", HsConfidence.Med)]
    [InlineData("M-33", HsConfidence.Med)]
    [InlineData("M-34", HsConfidence.Med)]
    public void Should_Not_Upgrade_Hs_Confidence(string sheetRef, HsConfidence atMost)
    {
        var selectors = Un.Measures.Where(m => m.Ref == sheetRef).SelectMany(m => m.Scope.Include).ToList();

        Assert.NotEmpty(selectors);
        Assert.All(selectors, s => Assert.True(s.Confidence >= atMost, $"{sheetRef} {s.Text} is {s.Confidence}, sheet allows at most {atMost}"));
    }

    [Fact]
    public void Should_Keep_Unconfirmed_Op_Numbers_Unconfirmed()
    {
        // §10.2 lists operative-paragraph numbers that were not seen.
        foreach (var (sheetRef, _) in new[] { ("M-14", "OP8"), ("M-15", "OP30"), ("M-16", "OP28"), ("M-17", "OP10"), ("M-18", "OP29"), ("M-19", "OP9"), ("M-20", "OP16"), ("M-30", "OP13"), ("M-31", "OP14"), ("M-33", "OP15"), ("M-03", "OP9") })
        {
            Assert.All(Un.Measures.Where(m => m.Ref == sheetRef), m => Assert.Equal(FactStatus.Unconfirmed, m.Citation.Status));
        }
    }

    [Fact]
    public void Should_Carry_Section_1_Cap_Numbers()
    {
        decimal[] Amounts(string id) => RepoFiles.Bundled.Find(id)!.Caps.SelectMany(c => c.Limits).Select(l => l.Amount ?? 0).ToArray();

        Assert.Equal([53495894m, 1000866m, 400870018m, 7500000m], Amounts("UNSCR2321-OP26-coal-cap"));
        Assert.Equal([500000m, 2000000m], Amounts("UNSCR2375-refined-petroleum-cap"));
        Assert.Equal([500000m], Amounts("UNSCR2397-OP5-refined-petroleum-cap"));
        Assert.Equal([4000000m, 525000m], Amounts("UNSCR2397-OP4-crude-cap"));
        Assert.Equal(FactStatus.PartlyConfirmed, RepoFiles.Bundled.Find("UNSCR2321-OP26-coal-cap")!.Caps[0].Limits[0].Status);
    }

    [Fact]
    public void Should_Give_Conversion_Bands_With_Sources()
    {
        var crude = Un.ConversionFactors.Single(f => f.Product == "crude" && f.From == "t");

        Assert.Equal(7.32m, crude.Low);
        Assert.Equal(7.62m, crude.High);
        Assert.Contains(Un.ConversionFactors, f => f.Product == "lpg" && f.Default == 11.6m && f.Values.Any(v => v.Status == FactStatus.Confirmed));
        Assert.All(Un.ConversionFactors.SelectMany(f => f.Values).Where(v => v.Source.StartsWith("BP", StringComparison.Ordinal)),
            v => Assert.Equal(FactStatus.Unconfirmed, v.Status));
    }
}
