namespace Tradewatch.Domain;

/// <summary>How the reporter declared the flow.</summary>
public enum FlowKind
{
    Export,
    Import,
    ReExport,
    ReImport,
}

/// <summary>Which side of the border declared a flow: the exporter's customs or the importer's.</summary>
public enum ReportingSide
{
    Exporter,
    Importer,
}

/// <summary>Helpers for <see cref="FlowKind"/>.</summary>
public static class FlowKinds
{
    /// <summary>Exports and re-exports are declared by the exporter; imports and re-imports by the importer.</summary>
    public static ReportingSide Side(this FlowKind kind) =>
        kind is FlowKind.Export or FlowKind.ReExport ? ReportingSide.Exporter : ReportingSide.Importer;

    /// <summary>Lower-case name used in the store and JSON: export, import, re-export, re-import.</summary>
    public static string Name(this FlowKind kind) => kind switch
    {
        FlowKind.Export => "export",
        FlowKind.Import => "import",
        FlowKind.ReExport => "re-export",
        _ => "re-import",
    };

    /// <summary>Lower-case name: exporter or importer.</summary>
    public static string Name(this ReportingSide side) => side == ReportingSide.Exporter ? "exporter" : "importer";
}
