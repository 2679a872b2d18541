using System.Text.RegularExpressions;

namespace Tradewatch.Claims.Recognizers.Countries;

/// <summary>
/// Countries by name ("North Korea", "N. Korea", "Russia"), adjective ("Russian", "North Korean"), capital
/// ("Pyongyang", "Moscow") and "the North". Marks possessives ("Russia's") and hyphenated pairs ("N. Korea-Russia").
/// </summary>
internal sealed partial class CountryRecognizer : IRecognizer
{
    [GeneratedRegex(@"\bthe\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TheBefore();

    [GeneratedRegex(@"^\s+[A-Z]")]
    private static partial Regex CapitalisedWordAfter();

    public void Recognize(RecognitionContext context)
    {
        var text = context.Text;
        var gazetteer = CountryGazetteer.Default;
        CountryMention? previous = null;
        var resumeAt = 0;
        foreach (Match token in CountryGazetteer.TokenPattern.Matches(text))
        {
            if (token.Index < resumeAt || gazetteer.LongestAt(text, token.Index, token.Value) is not { } name
                || !gazetteer.TryGet(name, out var code, out var form, out var afterThe))
            {
                continue;
            }
            var m = (Index: token.Index, Length: name.Length, Value: name);
            var end = m.Index + m.Length;
            resumeAt = end;
            if (afterThe)
            {
                // "the North" is North Korea; "the North Atlantic" is not.
                var before = text[Math.Max(0, m.Index - 6)..m.Index];
                var after = text.AsSpan(end, Math.Min(3, text.Length - end)).ToString();
                if (!TheBefore().IsMatch(before) || CapitalisedWordAfter().IsMatch(after))
                {
                    continue;
                }
            }
            var possessive = end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's'
                || (m.Value.EndsWith('s') && end < text.Length && text[end] is '\'' or '’');
            var paired = previous is not null && previous.Country != code
                && text.AsSpan(previous.Span.End, m.Index - previous.Span.End).Trim() is "-" or "–" or "—" or "/";
            var mention = new CountryMention(new TextSpan(m.Index, end), code, form, possessive) { PairedWithPrevious = paired };
            context.Add(mention);
            previous = mention;
        }
    }
}
