using Tradewatch.Domain;

namespace Tradewatch.Data.Reference;

/// <summary>
/// Builds the <see cref="HsNomenclature"/> for every revision from the bundled files: HS2022 in full (with
/// sections), the BACI HS1992 and HS2017 product lists, and the HS6 code sets of HS1996–HS2012 as they appear in
/// the Comtrade correspondence tables. Chapters and headings of a revision are derived from its subheadings.
/// </summary>
public static class HsNomenclatureLoader
{
    private static readonly Lazy<HsNomenclature> s_default = new(Load);
    private static readonly Lazy<IReadOnlyList<HsCorrespondence>> s_correspondences = new(LoadCorrespondences);

    /// <summary>The nomenclature built from the bundled reference data (built once per process).</summary>
    public static HsNomenclature Default => s_default.Value;

    /// <summary>Every HS6 correspondence row between consecutive revisions.</summary>
    public static IReadOnlyList<HsCorrespondence> Correspondences => s_correspondences.Value;

    private static HsNomenclature Load()
    {
        var hs = new HsNomenclature();
        var chapterSection = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in ReferenceFiles.ReadTable("hs/hs_sections_datasets-harmonized-system.csv"))
        {
            hs.AddSection(row["section"], row["name"]);
        }
        var descriptions2022 = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in ReferenceFiles.ReadTable("hs/hs2022_datasets-harmonized-system.csv"))
        {
            var code = row["hscode"];
            if (!HsCode.IsValidDigits(code) || code.Length > 6)
            {
                continue; // the file holds one odd 5-digit row
            }
            hs.Add(HsRevision.HS2022, code, row["description"], row["section"]);
            descriptions2022[code] = row["description"];
            if (code.Length == 2)
            {
                chapterSection[code] = row["section"];
            }
        }

        AddHs6List(hs, HsRevision.HS1992, "hs/baci_product_codes_HS92_V202301.csv", chapterSection, descriptions2022);
        AddHs6List(hs, HsRevision.HS2017, "hs/baci_product_codes_HS17_V202201_with_bec_ONE.csv", chapterSection, descriptions2022);
        foreach (var c in Correspondences)
        {
            AddWithParents(hs, c.From, null, chapterSection, descriptions2022);
            AddWithParents(hs, c.To, null, chapterSection, descriptions2022);
        }
        return hs;
    }

    private static void AddHs6List(HsNomenclature hs, HsRevision revision, string file, Dictionary<string, string> chapterSection, Dictionary<string, string> descriptions)
    {
        foreach (var row in ReferenceFiles.ReadTable(file))
        {
            var digits = HsCode.RepairLostLeadingZero(row["code"], 6);
            if (HsCode.IsValidDigits(digits) && digits.Length == 6)
            {
                AddWithParents(hs, HsCode.Create(digits, revision), row["description"], chapterSection, descriptions);
            }
        }
    }

    private static void AddWithParents(HsNomenclature hs, HsCode code, string? description, Dictionary<string, string> chapterSection, Dictionary<string, string> descriptions)
    {
        var section = chapterSection.GetValueOrDefault(code.Digits[..2]);
        hs.Add(code.Revision, code.Digits, description, section);
        // Chapter and heading titles barely change between revisions; HS2022's wording is used where it exists.
        hs.Add(code.Revision, code.Digits[..4], descriptions.GetValueOrDefault(code.Digits[..4]), section);
        hs.Add(code.Revision, code.Digits[..2], descriptions.GetValueOrDefault(code.Digits[..2]), section);
    }

    private static List<HsCorrespondence> LoadCorrespondences()
    {
        var list = new List<HsCorrespondence>(50_000);
        using var csv = ReferenceFiles.Csv("hs/hs_concordances_comtrade_consolidated_harvard.csv");
        csv.Read(); // header: code.after, code.before, Relationship, adjustment
        while (csv.Read())
        {
            var adjustment = csv.GetString(3); // e.g. "2022 to 2017"
            var parts = adjustment.Split(" to ");
            if (parts.Length != 2 || !HsRevisions.TryParse(parts[0], out var after) || !HsRevisions.TryParse(parts[1], out var before))
            {
                continue; // SITC links (1992 to 1988 …) are not HS revisions
            }
            var afterCode = HsCode.RepairLostLeadingZero(csv.GetString(0), 6);
            var beforeCode = HsCode.RepairLostLeadingZero(csv.GetString(1), 6);
            if (afterCode.Length != 6 || beforeCode.Length != 6 || !HsCode.IsValidDigits(afterCode) || !HsCode.IsValidDigits(beforeCode))
            {
                continue;
            }
            list.Add(new HsCorrespondence(HsCode.Create(beforeCode, before), HsCode.Create(afterCode, after), csv.GetString(2)));
        }
        return list;
    }
}

/// <summary>One row of a revision correspondence: an older code, the newer code it maps to, and the kind of link.</summary>
public sealed record HsCorrespondence(HsCode From, HsCode To, string Relationship);
