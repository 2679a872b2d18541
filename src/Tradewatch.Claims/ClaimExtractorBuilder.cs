using Tradewatch.Claims.Recognizers;
using Tradewatch.Claims.Recognizers.Amounts;
using Tradewatch.Claims.Recognizers.Commodities;
using Tradewatch.Claims.Recognizers.Countries;
using Tradewatch.Claims.Recognizers.Cues;
using Tradewatch.Claims.Recognizers.Multipliers;
using Tradewatch.Claims.Recognizers.Periods;
using Tradewatch.Claims.Recognizers.Sources;

namespace Tradewatch.Claims;

/// <summary>Mutable setup for a <see cref="ClaimExtractor"/>: which recognizers run, in which order, and the options.</summary>
public sealed class ClaimExtractorBuilder
{
    private readonly List<IRecognizer> _recognizers = [];

    public ClaimExtractorOptions Options { get; set; } = new();

    public ClaimExtractorBuilder UseMoney() => Use(new MoneyRecognizer());

    public ClaimExtractorBuilder UsePercentages() => Use(new PercentRecognizer());

    public ClaimExtractorBuilder UseQuantities() => Use(new QuantityRecognizer()).Use(new ZeroRecognizer());

    public ClaimExtractorBuilder UseMultiples() => Use(new MultiplierRecognizer());

    public ClaimExtractorBuilder UseRecords() => Use(new RecordRecognizer());

    public ClaimExtractorBuilder UsePeriods() => Use(new PeriodRecognizer());

    public ClaimExtractorBuilder UseCountries() => Use(new CountryRecognizer());

    public ClaimExtractorBuilder UseCommodities() => Use(new CommodityRecognizer());

    public ClaimExtractorBuilder UseSources() => Use(new SourceRecognizer());

    public ClaimExtractorBuilder UseCues() => Use(new CueRecognizer());

    /// <summary>Every built-in recognizer.</summary>
    public ClaimExtractorBuilder UseDefaults() =>
        UseMoney().UsePercentages().UseQuantities().UseMultiples().UseRecords()
            .UsePeriods().UseCountries().UseCommodities().UseSources().UseCues();

    public ClaimExtractorBuilder Use(IRecognizer recognizer)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        _recognizers.Add(recognizer);
        return this;
    }

    public ClaimExtractor Build() => new([.. _recognizers], Options);
}
