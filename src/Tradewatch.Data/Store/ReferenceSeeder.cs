using DuckDB.NET.Data;
using Tradewatch.Data.Reference;
using Tradewatch.Domain;

namespace Tradewatch.Data.Store;

/// <summary>Loads the bundled reference data into a new store, in one transaction.</summary>
internal static class ReferenceSeeder
{
    public static void Seed(DuckDBConnection connection)
    {
        using var tx = connection.BeginTransaction();
        using (var areas = connection.CreateAppender("areas"))
        {
            short key = 0;
            foreach (var a in CountryCatalogLoader.Default.Areas)
            {
                areas.CreateRow()
                    .AppendValue(a.Code.Alpha3)
                    .AppendValue(a.Name)
                    .AppendValue(a.Kind.ToString().ToLowerInvariant())
                    .AppendValue(a.M49)
                    .AppendValue(a.Alpha2)
                    .AppendValue(++key)
                    .EndRow();
            }
        }
        var hs = HsNomenclatureLoader.Default;
        using (var sections = connection.CreateAppender("hs_sections"))
        {
            foreach (var (section, name) in hs.SectionNames)
            {
                sections.CreateRow().AppendValue(section).AppendValue(name).EndRow();
            }
        }
        using (var codes = connection.CreateAppender("hs_codes"))
        {
            foreach (var e in hs.Entries)
            {
                codes.CreateRow()
                    .AppendValue(e.Code.Revision.Name())
                    .AppendValue(e.Code.Digits)
                    .AppendValue((sbyte)e.Code.Level)
                    .AppendValue(e.Section)
                    .AppendValue(e.Description)
                    .EndRow();
            }
        }
        using (var corr = connection.CreateAppender("hs_correspondence"))
        {
            foreach (var c in HsNomenclatureLoader.Correspondences)
            {
                corr.CreateRow()
                    .AppendValue(c.From.Revision.Name())
                    .AppendValue(c.From.Digits)
                    .AppendValue(c.To.Revision.Name())
                    .AppendValue(c.To.Digits)
                    .AppendValue(c.Relationship)
                    .EndRow();
            }
        }
        tx.Commit();
    }
}
