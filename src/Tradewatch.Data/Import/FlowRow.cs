using Tradewatch.Domain;

namespace Tradewatch.Data.Import;

/// <summary>
/// One parsed row on its way into the ledger. A mutable struct reused for every row, so that streaming
/// millions of rows allocates next to nothing; it never leaves the import pipeline.
/// </summary>
internal struct FlowRow
{
    public long SourceLine;
    public string Exporter;
    public string Importer;
    public string Reporter;
    public FlowKind Kind;
    public DateOnly PeriodStart;
    public DateOnly PeriodEnd;
    public string? HsRevision;
    public string? HsCode;
    public string? NationalCode;
    public decimal ValueUsd;
    public double? NetWeightKg;
    public double? Quantity;
    public string? QuantityUnit;
    public bool IsEstimate;
    public string? Flag;

    /// <summary>Null for a row of the ledger proper; else why it is kept apart (partner-aggregate, commodity-total, breakdown).</summary>
    public string? AggregateReason;

    public void SetPeriod(Period period)
    {
        PeriodStart = period.StartDate;
        PeriodEnd = period.EndDate;
    }

    /// <summary>Sets exporter/importer/reporter from a reporter, a partner and the declared flow kind.</summary>
    public void SetParties(string reporter, string partner, FlowKind kind)
    {
        Kind = kind;
        Reporter = reporter;
        if (kind.Side() == ReportingSide.Exporter)
        {
            Exporter = reporter;
            Importer = partner;
        }
        else
        {
            Exporter = partner;
            Importer = reporter;
        }
    }
}
