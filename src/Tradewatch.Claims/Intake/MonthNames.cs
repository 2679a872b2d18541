namespace Tradewatch.Claims.Intake;

/// <summary>English month names and their abbreviations, shared by date and period recognition.</summary>
internal static class MonthNames
{
    /// <summary>Regex alternation for a month name, longest forms first; capitalised (months are proper nouns).</summary>
    public const string Pattern =
        "January|February|March|April|May|June|July|August|September|October|November|December|"
        + @"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?";

    public static int Parse(string name)
    {
        var key = name.TrimEnd('.');
        if (key.Length < 3)
        {
            return 0;
        }
        return key[..3].ToUpperInvariant() switch
        {
            "JAN" => 1,
            "FEB" => 2,
            "MAR" => 3,
            "APR" => 4,
            "MAY" => 5,
            "JUN" => 6,
            "JUL" => 7,
            "AUG" => 8,
            "SEP" => 9,
            "OCT" => 10,
            "NOV" => 11,
            "DEC" => 12,
            _ => 0,
        };
    }
}
