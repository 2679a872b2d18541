namespace Tradewatch.Rules.Model;

/// <summary>The spellings used in rulebook files and JSON output.</summary>
public static class RuleNames
{
    public static string Name(this FactStatus s) => s switch
    {
        FactStatus.Confirmed => "confirmed",
        FactStatus.PartlyConfirmed => "partly_confirmed",
        _ => "unconfirmed",
    };

    public static string Name(this HsConfidence c) => c switch
    {
        HsConfidence.High => "high",
        HsConfidence.Med => "med",
        _ => "low",
    };

    public static string Name(this MeasureDirection d) => d switch
    {
        MeasureDirection.ToTarget => "to_target",
        MeasureDirection.FromTarget => "from_target",
        _ => "both",
    };

    public static string Name(this MeasureType t) => t switch
    {
        MeasureType.Ban => "ban",
        MeasureType.Cap => "cap",
        _ => "reporting",
    };

    public static string Name(this ScopeBasis b) => b switch
    {
        ScopeBasis.Hs => "hs",
        ScopeBasis.List => "list",
        ScopeBasis.CatchAll => "catch_all",
        _ => "activity",
    };

    public static string Name(this CapUnit u) => u switch
    {
        CapUnit.Usd => "USD",
        CapUnit.Tonnes => "t",
        CapUnit.Barrels => "barrels",
        _ => "same_as_baseline",
    };

    public static string Name(this CapPeriodKind k) => k switch
    {
        CapPeriodKind.CalendarYear => "calendar_year",
        CapPeriodKind.TwelveMonths => "twelve_months",
        CapPeriodKind.Quarter => "quarter",
        _ => "fixed",
    };

    public static string Name(this Detectability d) => d switch
    {
        Detectability.Yes => "yes",
        Detectability.Partly => "partly",
        _ => "no",
    };

    /// <summary>The weaker of two statuses: a fact is only as confirmed as its least-confirmed part.</summary>
    public static FactStatus Weakest(FactStatus a, FactStatus b) => (FactStatus)Math.Max((int)a, (int)b);
}
