namespace Tradewatch.Domain;

/// <summary>
/// One declared movement of goods: from <see cref="From"/> to <see cref="To"/>, as declared by
/// <see cref="Reporter"/>, with the dataset row it came from.
/// </summary>
public sealed record TradeFlow
{
    /// <summary>The exporting area (goods leave it).</summary>
    public required CountryCode From { get; init; }

    /// <summary>The importing area (goods arrive there).</summary>
    public required CountryCode To { get; init; }

    /// <summary>Who declared the flow. Must be <see cref="From"/> or <see cref="To"/>.</summary>
    public required CountryCode Reporter { get; init; }

    /// <summary>Export, import, re-export or re-import, as declared.</summary>
    public required FlowKind Kind { get; init; }

    /// <summary>The months the figure covers.</summary>
    public required Period Period { get; init; }

    /// <summary>The goods, or null for a total over all goods.</summary>
    public HsCode? Hs { get; init; }

    /// <summary>The value in US dollars.</summary>
    public required UsdAmount Value { get; init; }

    /// <summary>Net weight in kilograms, if reported.</summary>
    public decimal? NetWeightKg { get; init; }

    /// <summary>Reported quantity in its own unit, if any.</summary>
    public Quantity? Quantity { get; init; }

    /// <summary>The dataset the row belongs to.</summary>
    public required string Dataset { get; init; }

    /// <summary>1-based line of the source file the row came from.</summary>
    public required long SourceLine { get; init; }

    /// <summary>Exporter's or importer's declaration, derived from the reporter.</summary>
    public ReportingSide Side => Reporter == From ? ReportingSide.Exporter : ReportingSide.Importer;

    /// <summary>Checks that the reporter is one of the two parties.</summary>
    /// <exception cref="ArgumentException">The reporter is neither party.</exception>
    public TradeFlow Validated() =>
        Reporter == From || Reporter == To
            ? this
            : throw new ArgumentException($"Reporter {Reporter} is neither the exporter {From} nor the importer {To}.");
}
