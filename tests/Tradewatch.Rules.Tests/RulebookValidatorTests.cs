using Tradewatch.Rules.Loading;
using Tradewatch.Rules.Model;
using Tradewatch.Rules.Tests.Support;
using Tradewatch.Rules.Validation;

namespace Tradewatch.Rules.Tests;

/// <summary>One test per error class of issue 3, each asserting the exact located line the CLI prints.</summary>
public sealed class RulebookValidatorTests
{
    private const string Header = """
        format: tradewatch-rulebook/1
        rulebook:
          id: t
          title: T
          authority: A
          targets: [PRK]
          version: "1"
          sources: [{id: s, title: S}]
        measures:

        """;

    private static string Measure(string id = "A", string extra = "", string scope = "{basis: hs, include: [\"2701\"]}", string type = "ban") => $"""
          - id: {id}
            title: T
            citation: {"{"}instrument: I{"}"}
            effective: 2017-01-01
            direction: from_target
            type: {type}
            scope: {scope}
            status: confirmed
        {extra}
        """;

    private static List<string> Errors(string yaml, params string[] more)
    {
        var books = new List<Rulebook>();
        var errors = new List<string>();
        var texts = new[] { yaml }.Concat(more).ToArray();
        for (var i = 0; i < texts.Length; i++)
        {
            var r = RulebookLoader.Load($"f{i}.yaml", texts[i]);
            books.AddRange(r.Rulebooks);
            errors.AddRange(r.Errors.Select(e => e.ToString()));
        }
        errors.AddRange(RulebookValidator.Validate(new RulebookSet(books), RepoFiles.Nomenclature).Select(e => e.ToString()));
        return errors;
    }

    [Fact]
    public void Should_Accept_A_Minimal_Valid_Rulebook()
    {
        Assert.Empty(Errors(Header + Measure()));
    }

    [Fact]
    public void Should_Report_Unknown_Key_With_Location_And_Path()
    {
        var errors = Errors(Header + Measure(extra: "    efective: 2017-01-01"));

        var e = Assert.Single(errors);
        Assert.StartsWith("f0.yaml:18:5: unknown key 'efective' (expected one of: id, ref, title", e, StringComparison.Ordinal);
        Assert.EndsWith("(at measures[0].efective)", e, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_Bad_Enum_Word()
    {
        var errors = Errors(Header + Measure().Replace("direction: from_target", "direction: outward", StringComparison.Ordinal));

        Assert.Equal(["f0.yaml:14:16: expected one of to_target|from_target|both, found 'outward' (at measures[0].direction)"], errors);
    }

    [Fact]
    public void Should_Report_Missing_Required_Key()
    {
        var errors = Errors(Header + Measure().Replace("    status: confirmed\n", "", StringComparison.Ordinal));

        Assert.Equal(["f0.yaml:10:5: missing required key 'status' (at measures[0])"], errors);
    }

    [Fact]
    public void Should_Report_Unquoted_Hs_Code()
    {
        var errors = Errors(Header + Measure(scope: "{basis: hs, include: [07]}"));

        Assert.Equal(["f0.yaml:16:34: HS selector 07 must be quoted (\"07\") so that leading zeros survive (at measures[0].scope.include[0])"], errors);
    }

    [Fact]
    public void Should_Report_Syntax_Error_With_Location()
    {
        var errors = Errors(Header + "  - id: [unclosed\n");

        var e = Assert.Single(errors);
        Assert.StartsWith("f0.yaml:11:", e, StringComparison.Ordinal);
        Assert.Contains("YAML syntax error", e, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Report_Hs_Selector_Not_In_Revision()
    {
        var errors = Errors(Header + Measure(scope: "{basis: hs, include: [\"2799\"]}"));

        Assert.Equal(["f0.yaml:16:34: HS selector '2799' is not in the HS2017 nomenclature (at measures[0].scope.include[0])"], errors);
    }

    [Fact]
    public void Should_Check_Selectors_Against_The_Stated_Revision()
    {
        // 880610 (drones) exists only from HS2022 on.
        var errors = Errors(Header + Measure(scope: "{basis: hs, hs_revision: HS2012, include: [\"880610\"]}"));
        var ok = Errors(Header + Measure(scope: "{basis: hs, hs_revision: HS2022, include: [\"880610\"]}"));

        Assert.Equal(["f0.yaml:16:55: HS selector '880610' is not in the HS2012 nomenclature (at measures[0].scope.include[0])"], errors);
        Assert.Empty(ok);
    }

    [Fact]
    public void Should_Report_Ends_Before_Effective()
    {
        var errors = Errors(Header + Measure(extra: "    ends: 2016-12-31"));

        Assert.Equal(["f0.yaml:10:9: ends 2016-12-31 is before effective 2017-01-01 (at measures[0].ends)"], errors);
    }

    [Fact]
    public void Should_Report_Duplicate_Ids_Across_Files()
    {
        var second = Header.Replace("id: t", "id: t2", StringComparison.Ordinal) + Measure();

        var errors = Errors(Header + Measure(), second);

        Assert.Equal(["f1.yaml:10:9: duplicate measure id 'A' (first defined at f0.yaml:10:9) (at measures[0].id)"], errors);
    }

    [Fact]
    public void Should_Report_Cap_Without_Unit()
    {
        var caps = "    caps:\n      - period: {kind: calendar_year, start: 2017-01-01}\n        limits: [{amount: 5}]";

        var errors = Errors(Header + Measure(type: "cap", extra: caps));

        Assert.Equal(["f0.yaml:19:9: cap limit has no unit (USD, t or barrels) (at measures[0].caps[0].limits[0])"], errors);
    }

    [Fact]
    public void Should_Report_Cap_Without_Period()
    {
        var caps = "    caps:\n      - limits: [{amount: 5, unit: t}]";

        var errors = Errors(Header + Measure(type: "cap", extra: caps));

        Assert.Equal(["f0.yaml:19:9: cap has no period (calendar_year, twelve_months, quarter or fixed) (at measures[0].caps[0])"], errors);
    }

    [Fact]
    public void Should_Report_Cap_With_Two_Limits_And_No_Combine()
    {
        var caps = "    caps:\n      - period: {kind: calendar_year, start: 2017-01-01}\n        limits: [{amount: 5, unit: t}, {amount: 9, unit: USD}]";

        var errors = Errors(Header + Measure(type: "cap", extra: caps));

        Assert.Equal(["f0.yaml:19:9: cap has two or more limits but no 'combine' (whichever_is_lower or equivalent_units) (at measures[0].caps[0])"], errors);
    }

    [Fact]
    public void Should_Report_Exemption_Naming_Unknown_Measure()
    {
        var ex = "exemptions:\n  - {id: X, applies_to: [A, NOPE], condition: c, status: confirmed, detectable_from_trade_data: \"no\", how: h}\n";

        var errors = Errors(Header + Measure() + ex);

        Assert.Equal(["f0.yaml:19:29: exemption names unknown measure 'NOPE' (at exemptions[0].applies_to[1])"], errors);
    }

    [Fact]
    public void Should_Report_Overlapping_Selectors_Written_Twice()
    {
        var errors = Errors(Header + Measure(scope: "{basis: hs, include: [\"72-83\", \"2701\", \"7201\"]}"));

        Assert.Equal(["f0.yaml:16:51: HS selector '7201' overlaps '72-83' already written at measures[0].scope.include[0] (at measures[0].scope.include[2])"], errors);
    }

    [Fact]
    public void Should_Report_Reversed_Range()
    {
        var errors = Errors(Header + Measure(scope: "{basis: hs, include: [\"83-72\"]}"));

        Assert.Equal(["f0.yaml:16:34: HS range '83-72' is reversed; the first code must not be greater than the last (at measures[0].scope.include[0])"], errors);
    }

    [Fact]
    public void Should_Report_Unknown_Superseded_By_And_Source()
    {
        var errors = Errors(Header + Measure(extra: "    superseded_by: GHOST\n    sources: [s, nope]"));

        Assert.Equal(
            [
                "f0.yaml:10:9: superseded_by names unknown measure 'GHOST' (at measures[0].superseded_by)",
                "f0.yaml:10:9: unknown source id 'nope' (not in rulebook.sources) (at measures[0].sources[1])",
            ],
            errors);
    }

    [Fact]
    public void Should_Validate_The_Bundled_Rulebooks_Cleanly()
    {
        var (set, errors) = RulebookValidator.LoadAndValidate(RepoFiles.RulebooksFolder, RepoFiles.Nomenclature);

        Assert.Empty(errors);
        Assert.Equal(5, set.Rulebooks.Count);
    }
}
