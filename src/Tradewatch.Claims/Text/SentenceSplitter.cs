namespace Tradewatch.Claims.Text;

/// <summary>
/// Splits article text into sentences. Line breaks always end a sentence (headlines, datelines and paragraphs
/// are lines); inside a line a full stop ends one unless it closes an abbreviation or an initial ("U.S.",
/// "N. Korea", "Oct. 22"). Text that lost its spaces ("in September.Under the…") is split too.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> s_abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "etc", "inc", "corp", "co", "ltd", "gen", "sen", "rep", "gov",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "jr", "sr", "fig",
    };

    public static List<Sentence> Split(Article article)
    {
        var text = article.Text;
        var result = new List<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            if (!IsMetadata(article, lineStart, lineEnd))
            {
                var isTitle = article.TitleSpan is { } ts && ts.Overlaps(new TextSpan(lineStart, Math.Max(lineEnd, lineStart + 1)));
                var from = isTitle && article.TitleSpan!.Value.Start > lineStart ? article.TitleSpan.Value.Start : lineStart;
                SplitLine(text, from, lineEnd, paragraph, isTitle, result);
            }
            paragraph++;
            lineStart = lineEnd + 1;
        }
        return result;
    }

    private static bool IsMetadata(Article article, int start, int end)
    {
        foreach (var span in article.MetadataSpans)
        {
            if (span.Start <= start && end <= Math.Max(span.End, start))
            {
                return true;
            }
        }
        return false;
    }

    private static void SplitLine(string text, int start, int end, int paragraph, bool isTitle, List<Sentence> result)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }
            var next = i + 1;
            while (next < end && text[next] is '"' or '”' or '’' or '\'' or ')')
            {
                next++;
            }
            if (next >= end)
            {
                break;
            }
            bool boundary;
            if (char.IsWhiteSpace(text[next]))
            {
                var after = next;
                while (after < end && char.IsWhiteSpace(text[after]))
                {
                    after++;
                }
                boundary = after < end && (char.IsUpper(text[after]) || text[after] is '"' or '“' or '‘' or '(' or '[' || char.IsDigit(text[after]))
                    && (c != '.' || !EndsWithAbbreviation(text, sentenceStart, i));
            }
            else
            {
                // Run-together sentences: "word.Next" (but not "U.N.-led", "N.Korean", "3.5").
                boundary = c == '.' && char.IsUpper(text[next]) && i - 1 >= start && char.IsLower(text[i - 1])
                    && (i - 2 < start || char.IsLetter(text[i - 2]));
            }
            if (boundary)
            {
                Add(text, sentenceStart, next, paragraph, isTitle, result);
                sentenceStart = next;
            }
        }
        Add(text, sentenceStart, end, paragraph, isTitle, result);
    }

    private static bool EndsWithAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }
        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "N. Korea", "U.S. officials", "Kim J. Un"
        }
        return word.Length > 0 && s_abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static void Add(string text, int start, int end, int paragraph, bool isTitle, List<Sentence> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            result.Add(new Sentence(new TextSpan(start, end), paragraph, isTitle));
        }
    }
}
