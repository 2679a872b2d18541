namespace Tradewatch.Data.Import;

/// <summary>One input format: reads a stream of rows, sending each good row and each problem to the context.</summary>
internal interface IFlowFormat
{
    /// <summary>Name stored with the dataset (baci, comtrade, dots, csv).</summary>
    string Name { get; }

    /// <summary>How the source states money (units, thousands, millions), recorded with the dataset.</summary>
    string ValueScale { get; }

    void Read(Stream input, string fileName, ImportContext context);
}
