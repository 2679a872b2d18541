using Tradewatch.Claims.Recognizers;
using Tradewatch.Claims.Text;

namespace Tradewatch.Claims.Assembly;

/// <summary>The mentions that fall inside one sentence, each list in text order.</summary>
internal sealed class SentenceView
{
    public required Sentence Sentence { get; init; }

    public required string Text { get; init; }

    public required List<AmountMention> Amounts { get; init; }

    public required List<PeriodMention> Periods { get; init; }

    public required List<CountryMention> Countries { get; init; }

    public required List<CommodityMention> Commodities { get; init; }

    public required List<SourceMention> Sources { get; init; }

    public required List<CueMention> Cues { get; init; }

    public int Start => Sentence.Span.Start;

    public int End => Sentence.Span.End;

    /// <summary>Start of the clause holding <paramref name="index"/> (after the last ',', ';', ':', dash or bracket).</summary>
    public int ClauseStart(int index)
    {
        for (var i = Math.Min(index, End) - 1; i >= Start; i--)
        {
            if (IsBoundary(i))
            {
                var s = i + 1;
                while (s < index && char.IsWhiteSpace(Text[s]))
                {
                    s++;
                }
                return s;
            }
        }
        return Start;
    }

    /// <summary>End of the clause holding <paramref name="index"/>, exclusive.</summary>
    public int ClauseEnd(int index)
    {
        for (var i = Math.Max(index, Start); i < End; i++)
        {
            if (IsBoundary(i))
            {
                return i;
            }
        }
        var e = End;
        while (e > index && Text[e - 1] is '.' or ' ' or '!' or '?')
        {
            e--;
        }
        return e;
    }

    private bool IsBoundary(int i)
    {
        var c = Text[i];
        return c switch
        {
            ';' or '(' or ')' or '–' or '—' => true,
            ',' => i + 1 < Text.Length && char.IsWhiteSpace(Text[i + 1]),
            ':' => i + 1 < Text.Length && char.IsWhiteSpace(Text[i + 1]),
            '-' => i > 0 && Text[i - 1] == ' ' && i + 1 < Text.Length && Text[i + 1] == ' ',
            _ => false,
        };
    }
}
