using System.Text;
using System.Text.Json;
using Tradewatch.Data.Csv;
using Tradewatch.Domain;

namespace Tradewatch.Data.Import;

/// <summary>
/// UN Comtrade in its three shapes: the classic bulk/API CSV ("Trade Value (US$)", "Reporter Code"), the
/// Comtrade+ CSV (<c>primaryValue</c>, <c>reporterCode</c>, <c>flowCode</c>) and the Comtrade+ API JSON
/// (<c>{"data": [ … ]}</c> with the same field names). Values are in US dollars.
/// World partners and TOTAL commodities are kept apart (they are sums of other rows); so are Comtrade+
/// breakdown rows (mode of transport, customs procedure, second partner), which would double-count.
/// </summary>
internal sealed class ComtradeFormat : IFlowFormat
{
    public string Name => "comtrade";

    public string ValueScale => "units";

    public void Read(Stream input, string fileName, ImportContext context)
    {
        var buffered = new BufferedStream(input, 1 << 16);
        if (StartsWithJson(buffered))
        {
            ComtradeJson.Read(buffered, fileName, context);
            return;
        }
        using var csv = new CsvReader(TextSources.Reader(buffered, context.Encoding), fileName);
        if (!csv.Read())
        {
            return;
        }
        var layout = Layout.From(Columns.FromHeader(csv), out var headerErrors);
        if (headerErrors.Count > 0)
        {
            context.Fail(headerErrors);
            return;
        }
        var fields = new CsvFields(csv);
        while (csv.Read() && !context.StopReading)
        {
            MapRow(fields, layout, context);
        }
    }

    private static bool StartsWithJson(BufferedStream stream)
    {
        Span<byte> head = stackalloc byte[64];
        var n = stream.Read(head);
        stream.Position = 0;
        foreach (var b in head[..n])
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
            {
                continue;
            }
            return b is (byte)'{' or (byte)'[';
        }
        return false;
    }

    /// <summary>Column positions of one file, resolved once from its header.</summary>
    internal sealed record Layout(
        int Classification, int Year, int Period, int AggregateLevel, int FlowCode, int ReporterCode, int ReporterIso,
        int PartnerCode, int PartnerIso, int Commodity, int QtyUnit, int Qty, int NetWeight, int Value, int Flag,
        int IsAggregate, int Partner2, int Mot, int Customs, int Frequency)
    {
        public static Layout From(Columns c, out List<InputError> errors)
        {
            errors = [];
            var layout = new Layout(
                c.Find("Classification", "classificationCode"),
                c.Find("Year", "refYear"),
                c.Require(errors, "Period", "period"),
                c.Find("Aggregate Level", "aggrLevel"),
                c.Require(errors, "Trade Flow Code", "flowCode"),
                c.Find("Reporter Code", "reporterCode"),
                c.Find("Reporter ISO", "reporterISO"),
                c.Find("Partner Code", "partnerCode"),
                c.Find("Partner ISO", "partnerISO"),
                c.Require(errors, "Commodity Code", "cmdCode"),
                c.Find("Qty Unit", "qtyUnitAbbr"),
                c.Find("Qty", "qty"),
                c.Find("Netweight (kg)", "netWgt"),
                c.Require(errors, "Trade Value (US$)", "primaryValue"),
                c.Find("Flag", "legacyEstimationFlag"),
                c.Find("isAggregate"),
                c.Find("partner2Code"),
                c.Find("motCode"),
                c.Find("customsCode"),
                c.Find("freqCode"));
            if (layout.ReporterCode < 0 && layout.ReporterIso < 0)
            {
                c.Require(errors, "Reporter Code", "reporterCode", "Reporter ISO", "reporterISO");
            }
            if (layout.PartnerCode < 0 && layout.PartnerIso < 0)
            {
                c.Require(errors, "Partner Code", "partnerCode", "Partner ISO", "partnerISO");
            }
            return layout;
        }
    }

    /// <summary>Field access shared by the CSV and JSON readers.</summary>
    internal interface IFields
    {
        long Line { get; }

        string Get(int column);

        SourceLocation Location(int column);
    }

    private sealed class CsvFields(CsvReader csv) : IFields
    {
        public long Line => csv.Line;

        public string Get(int column) => column >= 0 && column < csv.FieldCount ? csv.GetString(column).Trim() : "";

        public SourceLocation Location(int column) => csv.Location(Math.Max(0, column));
    }

    internal static void MapRow(IFields f, Layout l, ImportContext context)
    {
        var errors = new List<InputError>(2);
        var row = new FlowRow { SourceLine = f.Line };

        var periodText = f.Get(l.Period);
        Period period = default;
        if (!TryComtradePeriod(periodText, out period))
        {
            errors.Add(InputError.Expected(f.Location(l.Period), "a Comtrade period (YYYY or YYYYMM)", periodText));
        }

        var flowText = f.Get(l.FlowCode);
        FlowKind? kind = flowText switch
        {
            "1" or "M" => FlowKind.Import,
            "2" or "X" => FlowKind.Export,
            "3" or "RX" => FlowKind.ReExport,
            "4" or "RM" => FlowKind.ReImport,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add(InputError.Expected(f.Location(l.FlowCode), "a trade flow code (1 Import, 2 Export, 3 Re-export, 4 Re-import, or M/X/RX/RM)", flowText));
        }

        var reporter = Area(f, l.ReporterCode, l.ReporterIso, context, errors, "reporter");
        var partner = Area(f, l.PartnerCode, l.PartnerIso, context, errors, "partner");

        var commodity = f.Get(l.Commodity);
        string? hs = null;
        var isTotal = commodity.Equals("TOTAL", StringComparison.OrdinalIgnoreCase) || commodity.Equals("ALL", StringComparison.OrdinalIgnoreCase);
        if (!isTotal)
        {
            // The aggregate level states the code's length, so a dropped leading zero is known, not guessed.
            var declared = ImportContext.TryInt(f.Get(l.AggregateLevel), out var level) ? level : 0;
            var digits = declared > 0 ? HsCode.RepairLostLeadingZero(commodity, declared) : commodity;
            if (!HsCode.IsValidDigits(digits))
            {
                errors.Add(InputError.Expected(f.Location(l.Commodity), "an HS commodity code of 2, 4 or 6 digits, or TOTAL", commodity));
            }
            else
            {
                hs = digits;
            }
        }

        var valueText = f.Get(l.Value);
        if (!ImportContext.TryUsd(valueText, MoneyScale.Units, out var value, out var tooLarge))
        {
            errors.Add(InputError.Expected(f.Location(l.Value), "a trade value in US$" + (tooLarge ? ImportContext.UsdLimitNote : ""), valueText));
        }
        if (errors.Count > 0)
        {
            context.Reject(errors);
            return;
        }

        row.SetPeriod(period);
        row.SetParties(reporter!.Code.Alpha3, partner!.Code.Alpha3, kind!.Value);
        row.ValueUsd = value;
        if (hs is not null)
        {
            if (hs.Length > 6)
            {
                row.NationalCode = hs;
                hs = hs[..6];
            }
            row.HsCode = hs;
            row.HsRevision = HsRevisions.TryParse(f.Get(l.Classification), out var rev) ? rev.Name() : null;
        }
        row.NetWeightKg = ImportContext.TryDouble(f.Get(l.NetWeight), out var kg) ? kg : null;
        if (ImportContext.TryDouble(f.Get(l.Qty), out var qty))
        {
            QuantityUnits.TryParse(f.Get(l.QtyUnit), out var unit);
            if (unit != QuantityUnit.None)
            {
                row.Quantity = qty;
                row.QuantityUnit = unit == QuantityUnit.Other ? f.Get(l.QtyUnit) : unit.Symbol();
            }
        }
        var flag = f.Get(l.Flag);
        row.Flag = flag is "" or "0" ? null : flag;
        row.IsEstimate = row.Flag is not null;
        row.AggregateReason =
            reporter.IsAggregate || partner.IsAggregate ? "partner-aggregate"
            : isTotal ? "commodity-total"
            : IsBreakdown(f, l) ? "breakdown"
            : null;
        context.Emit(row);
    }

    private static bool IsBreakdown(IFields f, Layout l) =>
        (l.Partner2 >= 0 && f.Get(l.Partner2) is not ("" or "0"))
        || (l.Mot >= 0 && f.Get(l.Mot) is not ("" or "0"))
        || (l.Customs >= 0 && f.Get(l.Customs) is not ("" or "C00"));

    private static CountryInfo? Area(IFields f, int codeColumn, int isoColumn, ImportContext context, List<InputError> errors, string role)
    {
        // The numeric code is authoritative (Comtrade's 251, 842 …); the ISO column is the fallback.
        var code = f.Get(codeColumn);
        if (code.Length > 0 && context.Country(code) is { } byCode)
        {
            return byCode;
        }
        var iso = f.Get(isoColumn);
        if (iso.Length > 0 && context.Country(iso) is { } byIso)
        {
            return byIso;
        }
        var column = code.Length > 0 || isoColumn < 0 ? codeColumn : isoColumn;
        errors.Add(InputError.Expected(f.Location(column), $"a known {role} country code", code.Length > 0 ? code : iso));
        return null;
    }

    internal static bool TryComtradePeriod(string text, out Period period)
    {
        period = default;
        if (text.Length == 4 && ImportContext.TryInt(text, out var year) && year is >= Month.MinYear and <= Month.MaxYear)
        {
            period = Period.Year(year);
            return true;
        }
        if (text.Length == 6 && ImportContext.TryInt(text, out var ym) && ym / 100 is >= Month.MinYear and <= Month.MaxYear && ym % 100 is >= 1 and <= 12)
        {
            period = Period.OfMonth(ym / 100, ym % 100);
            return true;
        }
        return false;
    }
}
