using System.Globalization;
using Tradewatch.Data.Csv;
using Tradewatch.Domain;
using YamlDotNet.RepresentationModel;

namespace Tradewatch.Data.Import;

/// <summary>
/// Any other CSV layout (national customs extracts …), read through a declared column mapping (YAML); see
/// <c>docs/import-mappings.md</c> and <c>examples/mappings/russian-customs.yaml</c>.
/// </summary>
internal sealed class MappedCsvFormat(CsvMapping mapping) : IFlowFormat
{
    public string Name => "csv";

    public string ValueScale => mapping.ValueScale.ToString().ToLowerInvariant();

    public static CsvMapping LoadMapping(string path) => CsvMapping.Load(path);

    public void Read(Stream input, string fileName, ImportContext context)
    {
        using var csv = new CsvReader(TextSources.Reader(input, mapping.Encoding), fileName, mapping.Delimiter);
        if (!csv.Read())
        {
            return;
        }
        var headerErrors = new List<InputError>();
        var columns = Columns.FromHeader(csv);
        int Col(string? name) => name is null ? -1 : columns.Require(headerErrors, name);
        int direction = Col(mapping.DirectionColumn), period = Col(mapping.PeriodColumn), partner = Col(mapping.PartnerColumn),
            hs = Col(mapping.HsColumn), value = Col(mapping.ValueColumn), weight = Col(mapping.NetWeightColumn),
            quantity = Col(mapping.QuantityColumn), unit = Col(mapping.QuantityUnitColumn), reporterColumn = Col(mapping.ReporterColumn);
        if (headerErrors.Count > 0)
        {
            context.Fail(headerErrors);
            return;
        }
        var fixedReporter = mapping.Reporter is null ? null : context.Country(mapping.Reporter);
        if (mapping.Reporter is not null && fixedReporter is null)
        {
            context.Fail([new InputError(new SourceLocation(mapping.File, 1, 1), ErrorMessages.Expected("a known reporter country in the mapping", mapping.Reporter))]);
            return;
        }
        var row = new FlowRow();
        var errors = new List<InputError>(4);
        while (csv.Read() && !context.StopReading)
        {
            errors.Clear();
            var directionText = csv.GetString(direction).Trim();
            FlowKind? kind = mapping.Directions.TryGetValue(directionText, out var k) ? k : null;
            if (kind is null)
            {
                errors.Add(InputError.Expected(csv.Location(direction), $"a direction ({string.Join(", ", mapping.Directions.Keys)})", directionText));
            }
            var periodText = csv.GetString(period).Trim();
            if (!TryPeriod(periodText, mapping.PeriodFormat, out var p))
            {
                errors.Add(InputError.Expected(csv.Location(period), $"a period in the form {mapping.PeriodFormat}", periodText));
            }
            var reporter = fixedReporter;
            if (reporterColumn >= 0)
            {
                var text = csv.GetString(reporterColumn).Trim();
                reporter = context.Country(text);
                if (reporter is null)
                {
                    errors.Add(InputError.Expected(csv.Location(reporterColumn), "a known reporter country", text));
                }
            }
            var partnerText = csv.GetString(partner).Trim();
            var partnerInfo = context.Country(partnerText);
            if (partnerInfo is null)
            {
                errors.Add(InputError.Expected(csv.Location(partner), "a known partner country", partnerText));
            }
            var code = csv.GetString(hs).Trim();
            if (mapping.HsDigits is int declared)
            {
                code = HsCode.RepairLostLeadingZero(code, declared);
            }
            if (!HsCode.IsValidDigits(code))
            {
                errors.Add(InputError.Expected(csv.Location(hs), ErrorMessages.HsCodeDigits, code));
            }
            var valueText = csv.GetString(value);
            if (!ImportContext.TryUsd(valueText.Replace(mapping.ThousandsSeparator ?? "\0", "", StringComparison.Ordinal), mapping.ValueScale, out var dollars, out var tooLarge))
            {
                errors.Add(InputError.Expected(csv.Location(value), $"a value in USD {ValueScale}" + (tooLarge ? ImportContext.UsdLimitNote : ""), valueText));
            }
            if (errors.Count > 0)
            {
                context.Reject(errors);
                continue;
            }
            row.SourceLine = csv.Line;
            row.SetPeriod(p);
            row.SetParties(reporter!.Code.Alpha3, partnerInfo!.Code.Alpha3, kind!.Value);
            row.NationalCode = code.Length > 6 ? code : null;
            row.HsCode = code.Length > 6 ? code[..6] : code;
            row.HsRevision = mapping.HsRevision == HsRevision.Unspecified ? null : mapping.HsRevision.Name();
            row.ValueUsd = dollars;
            row.NetWeightKg = weight >= 0 && ImportContext.TryDouble(csv.Field(weight), out var kg) ? kg * (double)mapping.NetWeightToKg : null;
            row.Quantity = quantity >= 0 && ImportContext.TryDouble(csv.Field(quantity), out var q) ? q : null;
            row.QuantityUnit = row.Quantity is null ? null : unit >= 0 ? csv.GetString(unit).Trim() : mapping.QuantityUnit;
            row.AggregateReason = partnerInfo.IsAggregate ? "partner-aggregate" : null;
            context.Emit(row);
        }
    }

    internal static bool TryPeriod(string text, string format, out Period period)
    {
        period = default;
        switch (format)
        {
            case "MM/yyyy":
            case "MM.yyyy":
                if (text.Length == 7 && text[2] is '/' or '.' && ImportContext.TryInt(text.AsSpan(0, 2), out var m) && ImportContext.TryInt(text.AsSpan(3), out var y)
                    && m is >= 1 and <= 12 && y is >= Month.MinYear and <= Month.MaxYear)
                {
                    period = Period.OfMonth(y, m);
                    return true;
                }
                return false;
            case "yyyyMM":
                return ComtradeFormat.TryComtradePeriod(text, out period) && period.MonthCount == 1;
            default:
                return Period.TryParse(text, out period);
        }
    }
}

/// <summary>A column mapping for <see cref="MappedCsvFormat"/>, read from YAML.</summary>
internal sealed record CsvMapping
{
    public required string File { get; init; }
    public char Delimiter { get; init; } = ',';
    public System.Text.Encoding Encoding { get; init; } = TextSources.StrictUtf8;
    public string? Reporter { get; init; }
    public string? ReporterColumn { get; init; }
    public required string DirectionColumn { get; init; }
    public required Dictionary<string, FlowKind> Directions { get; init; }
    public required string PeriodColumn { get; init; }
    public string PeriodFormat { get; init; } = "period";
    public required string PartnerColumn { get; init; }
    public required string HsColumn { get; init; }
    public HsRevision HsRevision { get; init; }
    public int? HsDigits { get; init; }
    public required string ValueColumn { get; init; }
    public MoneyScale ValueScale { get; init; } = MoneyScale.Units;
    public string? ThousandsSeparator { get; init; }
    public string? NetWeightColumn { get; init; }
    public decimal NetWeightToKg { get; init; } = 1m;
    public string? QuantityColumn { get; init; }
    public string? QuantityUnitColumn { get; init; }
    public string? QuantityUnit { get; init; }

    public static CsvMapping Load(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new InputException($"{path}: mapping file not found");
        }
        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            yaml.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new InputException(new InputError(new SourceLocation(path, ex.Start.Line, (int)ex.Start.Column), "expected valid YAML: " + ex.Message));
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InputException(new InputError(new SourceLocation(path, 1, 1), "expected a YAML mapping at the top level"));
        }
        var errors = new List<InputError>();
        YamlMappingNode? Node(YamlMappingNode parent, string key, bool required = true)
        {
            if (parent.Children.TryGetValue(new YamlScalarNode(key), out var n) && n is YamlMappingNode m)
            {
                return m;
            }
            if (required)
            {
                errors.Add(new InputError(new SourceLocation(path, parent.Start.Line, (int)parent.Start.Column), $"expected a mapping '{key}' (at {key})"));
            }
            return null;
        }
        string? Scalar(YamlMappingNode? parent, string key, string yamlPath, bool required = false)
        {
            if (parent is not null && parent.Children.TryGetValue(new YamlScalarNode(key), out var n) && n is YamlScalarNode s)
            {
                return s.Value;
            }
            if (required)
            {
                var at = parent?.Start ?? root.Start;
                errors.Add(new InputError(new SourceLocation(path, at.Line, (int)at.Column), $"expected a value for '{key}' (at {yamlPath})"));
            }
            return null;
        }
        var columns = Node(root, "columns");
        var direction = columns is null ? null : Node(columns, "direction");
        var directions = new Dictionary<string, FlowKind>(StringComparer.Ordinal);
        if (direction is not null && Node(direction, "values") is { } values)
        {
            foreach (var (key, val) in values.Children)
            {
                var kindText = ((YamlScalarNode)val).Value ?? "";
                if (kindText is "export" or "import" or "re-export" or "re-import")
                {
                    directions[((YamlScalarNode)key).Value ?? ""] = kindText switch
                    {
                        "export" => FlowKind.Export,
                        "import" => FlowKind.Import,
                        "re-export" => FlowKind.ReExport,
                        _ => FlowKind.ReImport,
                    };
                }
                else
                {
                    errors.Add(new InputError(new SourceLocation(path, val.Start.Line, (int)val.Start.Column), ErrorMessages.Expected("export, import, re-export or re-import (at columns.direction.values)", kindText)));
                }
            }
        }
        var period = columns is null ? null : Node(columns, "period");
        var partner = columns is null ? null : Node(columns, "partner");
        var hs = columns is null ? null : Node(columns, "hs");
        var value = columns is null ? null : Node(columns, "value");
        var weight = columns is null ? null : Node(columns, "net_weight", required: false);
        var quantity = columns is null ? null : Node(columns, "quantity", required: false);
        var reporter = columns is null ? null : Node(columns, "reporter", required: false);
        var hsRevisionText = Scalar(hs, "revision", "columns.hs.revision");
        var scaleText = Scalar(value, "scale", "columns.value.scale") ?? "units";
        var mapping = new CsvMapping
        {
            File = path,
            Delimiter = (Scalar(root, "delimiter", "delimiter") ?? ",") is { Length: 1 } d ? d[0] : '\t',
            Encoding = TextSources.ParseEncoding(Scalar(root, "encoding", "encoding")),
            Reporter = Scalar(reporter, "value", "columns.reporter.value") ?? Scalar(root, "reporter", "reporter"),
            ReporterColumn = Scalar(reporter, "column", "columns.reporter.column"),
            DirectionColumn = Scalar(direction, "column", "columns.direction.column", required: true) ?? "",
            Directions = directions,
            PeriodColumn = Scalar(period, "column", "columns.period.column", required: true) ?? "",
            PeriodFormat = Scalar(period, "format", "columns.period.format") ?? "period",
            PartnerColumn = Scalar(partner, "column", "columns.partner.column", required: true) ?? "",
            HsColumn = Scalar(hs, "column", "columns.hs.column", required: true) ?? "",
            HsRevision = hsRevisionText is null ? HsRevision.Unspecified : HsRevisions.Parse(hsRevisionText),
            HsDigits = int.TryParse(Scalar(hs, "digits", "columns.hs.digits"), NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits : null,
            ValueColumn = Scalar(value, "column", "columns.value.column", required: true) ?? "",
            ValueScale = Enum.TryParse<MoneyScale>(scaleText, ignoreCase: true, out var scale) ? scale : MoneyScale.Units,
            ThousandsSeparator = Scalar(value, "thousands_separator", "columns.value.thousands_separator"),
            NetWeightColumn = Scalar(weight, "column", "columns.net_weight.column"),
            NetWeightToKg = (Scalar(weight, "unit", "columns.net_weight.unit") ?? "kg") == "t" ? 1000m : 1m,
            QuantityColumn = Scalar(quantity, "column", "columns.quantity.column"),
            QuantityUnitColumn = Scalar(quantity, "unit_column", "columns.quantity.unit_column"),
            QuantityUnit = Scalar(quantity, "unit", "columns.quantity.unit"),
        };
        if (mapping.Reporter is null && mapping.ReporterColumn is null)
        {
            errors.Add(new InputError(new SourceLocation(path, root.Start.Line, (int)root.Start.Column), "expected columns.reporter.value (a fixed reporter) or columns.reporter.column (at columns.reporter)"));
        }
        if (!Enum.TryParse<MoneyScale>(scaleText, ignoreCase: true, out _))
        {
            errors.Add(new InputError(new SourceLocation(path, value?.Start.Line ?? 1, (int)(value?.Start.Column ?? 1)), ErrorMessages.Expected("units, thousands, millions or billions (at columns.value.scale)", scaleText)));
        }
        return errors.Count > 0 ? throw new InputException(errors) : mapping;
    }
}
