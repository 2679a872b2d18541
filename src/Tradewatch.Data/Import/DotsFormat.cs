using Tradewatch.Data.Csv;
using Tradewatch.Domain;

namespace Tradewatch.Data.Import;

/// <summary>
/// IMF Direction of Trade Statistics in long form: <c>reporter, partner, flow (exports_fob | imports_cif), year,
/// value_usd_millions, estimated_flag</c>. Country totals (all goods), in US$ millions. IMF country names are
/// resolved through the catalog; IMF regions (World, Euro Area …) are kept apart as aggregates.
/// Rows with an empty value are not data and are skipped silently (the IMF publishes gaps as blanks).
/// </summary>
internal sealed class DotsFormat : IFlowFormat
{
    public string Name => "dots";

    public string ValueScale => "millions";

    public void Read(Stream input, string fileName, ImportContext context)
    {
        using var csv = new CsvReader(TextSources.Reader(input, context.Encoding), fileName);
        if (!csv.Read())
        {
            return;
        }
        var headerErrors = new List<InputError>();
        var columns = Columns.FromHeader(csv);
        int reporterColumn = columns.Require(headerErrors, "reporter"), partnerColumn = columns.Require(headerErrors, "partner"),
            flowColumn = columns.Require(headerErrors, "flow"), yearColumn = columns.Require(headerErrors, "year"),
            valueColumn = columns.Require(headerErrors, "value_usd_millions"), estimateColumn = columns.Find("estimated_flag");
        if (headerErrors.Count > 0)
        {
            context.Fail(headerErrors);
            return;
        }
        var row = new FlowRow();
        var errors = new List<InputError>(4);
        while (csv.Read() && !context.StopReading)
        {
            errors.Clear();
            if (ImportContext.IsMissing(csv.Field(valueColumn)))
            {
                continue;
            }
            var reporter = Area(csv, reporterColumn, context, errors);
            var partner = Area(csv, partnerColumn, context, errors);
            var flow = csv.GetString(flowColumn).Trim();
            FlowKind? kind = flow switch
            {
                "exports_fob" or "exports" or "TXG_FOB_USD" => FlowKind.Export,
                "imports_cif" or "imports" or "TMG_CIF_USD" => FlowKind.Import,
                _ => null,
            };
            if (kind is null)
            {
                errors.Add(InputError.Expected(csv.Location(flowColumn), "exports_fob or imports_cif", flow));
            }
            if (!ImportContext.TryInt(csv.Field(yearColumn), out var year) || year is < Month.MinYear or > Month.MaxYear)
            {
                errors.Add(InputError.Expected(csv.Location(yearColumn), "a year", csv.GetString(yearColumn)));
            }
            if (!ImportContext.TryUsd(csv.Field(valueColumn), MoneyScale.Millions, out var dollars, out var tooLarge))
            {
                errors.Add(InputError.Expected(csv.Location(valueColumn), "a value in US$ millions" + (tooLarge ? ImportContext.UsdLimitNote : ""), csv.GetString(valueColumn)));
            }
            if (errors.Count > 0)
            {
                context.Reject(errors);
                continue;
            }
            row.SourceLine = csv.Line;
            row.SetPeriod(Period.Year(year));
            row.SetParties(reporter!.Code.Alpha3, partner!.Code.Alpha3, kind!.Value);
            row.ValueUsd = decimal.Round(dollars, 2);
            var estimate = estimateColumn >= 0 ? csv.GetString(estimateColumn).Trim() : "";
            row.IsEstimate = estimate.Length > 0;
            row.Flag = estimate.Length > 0 ? estimate : null;
            row.AggregateReason = reporter.IsAggregate || partner.IsAggregate ? "partner-aggregate" : null;
            context.Emit(row);
        }
    }

    private static CountryInfo? Area(CsvReader csv, int column, ImportContext context, List<InputError> errors)
    {
        var raw = csv.GetString(column).Trim();
        var info = context.Country(raw);
        if (info is null)
        {
            errors.Add(InputError.Expected(csv.Location(column), "a known IMF country or area name", raw));
        }
        return info;
    }
}
