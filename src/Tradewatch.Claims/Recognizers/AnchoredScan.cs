using System.Text.RegularExpressions;

namespace Tradewatch.Claims.Recognizers;

/// <summary>
/// Runs an expensive pattern only in windows around cheap anchors (a currency sign, "percent", "tons").
/// Amount patterns start with a numeral that may be a word ("one", "a"), so scanning a whole article would try
/// them at nearly every position; the anchors cut that to a few short windows.
/// </summary>
internal static class AnchoredScan
{
    public static IEnumerable<Match> Matches(Regex pattern, Regex anchor, string text, int before = 64, int after = 48)
    {
        var windows = new List<(int Start, int End)>();
        foreach (Match a in anchor.Matches(text))
        {
            var start = Math.Max(0, a.Index - before);
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }
            var end = Math.Min(text.Length, a.Index + a.Length + after);
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }
            if (windows.Count > 0 && start <= windows[^1].End)
            {
                windows[^1] = (windows[^1].Start, Math.Max(end, windows[^1].End));
            }
            else
            {
                windows.Add((start, end));
            }
        }
        foreach (var (start, end) in windows)
        {
            for (var m = pattern.Match(text, start, end - start); m.Success; m = m.NextMatch())
            {
                yield return m;
            }
        }
    }
}
