namespace Tradewatch.Cli.Output;

/// <summary>How a query command prints its answer.</summary>
public enum OutputFormat
{
    Table,
    Json,
    Csv,
}
