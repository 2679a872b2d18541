namespace Tradewatch.Domain;

/// <summary>The scale a source states its money figures in (BACI: thousands; IMF DOTS: millions).</summary>
public enum MoneyScale
{
    Units = 1,
    Thousands = 1_000,
    Millions = 1_000_000,
    Billions = 1_000_000_000,
}
