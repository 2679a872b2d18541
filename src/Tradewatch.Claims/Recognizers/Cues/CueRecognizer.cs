using System.Text.RegularExpressions;

namespace Tradewatch.Claims.Recognizers.Cues;

/// <summary>
/// Words that say what a number is about: trade flows ("exports", "shipped", "bought", "turnover"), change
/// ("rose", "plunged", "down"), shares ("took up", "accounted for"), debt and investment, and references to a
/// pair already named ("the two countries", "bilateral"). "took up" is a share verb, not a rise.
/// </summary>
internal sealed partial class CueRecognizer : IRecognizer
{
    private static readonly (CueKind Kind, Regex Regex)[] s_cues =
    [
        (CueKind.ShareVerb, Cue(@"(?:took|take|takes|taking|made|make|makes|making)\s+up|accounted\s+for|accounts?\s+for|accounting\s+for|represent(?:s|ed|ing)?|comprised|constituted|share")),
        (CueKind.PairReference, Cue(@"the\s+two\s+(?:neighbou?ring\s+)?(?:countries|nations|sides|neighbou?rs|states)|both\s+(?:countries|nations|sides)|bilateral|the\s+neighbou?rs|between\s+them")),
        (CueKind.NonTrade, Cue(@"economy|economic\s+growth|GDP|gross\s+domestic\s+product|inflation|prices?|exchange\s+rates?|population|budget|military\s+spending|harvest|workers|labou?rers|remittances|earned|earnings|income|wages")),
        (CueKind.Exports, Cue(@"exports?|exported|exporting|exporter|shipments?|shipped|ship(?:s|ping)?\s+out|sold|sales|sell(?:s|ing)?|supplied|supplies|supply(?:ing)?|sent|deliver(?:ed|ies|y|ing)|outbound|outflows?|smuggl(?:ed|ing|es)")),
        (CueKind.Imports, Cue(@"imports?|imported|importing|importer|bought|buy(?:s|ing)?|purchas(?:e|es|ed|ing)|received|inbound|inflows?")),
        (CueKind.Turnover, Cue(@"turnover")),
        (CueKind.Trade, Cue(@"trade(?!-)|traded|trading|transactions|commerce")),
        (CueKind.Balance, Cue(@"deficits?|surplus(?:es)?|shortfalls?")),
        (CueKind.Debt, Cue(@"debts?|loans?|invest(?:ed|ment|ments|ors?|ing)?|credits?|aid|grants?|written\s+off|wrote\s+off|write\s+off|cancel(?:l)?(?:ing|ed)|owed|borrow(?:ed|ing)?|lend(?:ing)?|lent|sink\s+\S+\s+\S+\s+into")),
        (CueKind.Rise, Cue(@"up|rose|rise[sn]?|rising|increase[ds]?|increasing|grew|grow(?:s|n|ing)?|growth|gain(?:ed|s)?|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|surge[ds]?|surging|soar(?:ed|s|ing)?|spike[ds]?|spiking|shot\s+up|shooting\s+up|rebound(?:ed|s)?|expand(?:ed|s)?|boost(?:ed)?|widened|swelled")),
        (CueKind.Fall, Cue(@"down|fell|fall(?:s|en|ing)?|drop(?:ped|s)?|dip(?:s|ped)?|decline[ds]?|declining|decrease[ds]?|decreasing|plunge[ds]?|plunging|plummet(?:ed|s|ing)?|slump(?:ed|s)?|sank|sinks?|shrank|shrinks?|shrunk|contract(?:ed|s)?|tumble[ds]?|slid|slides?|cut|slash(?:ed)?|reduced|slipped|eased|narrowed")),
    ];

    private static Regex Cue(string words) =>
        new(@"\b(?:" + words + @")\b", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public void Recognize(RecognitionContext context)
    {
        // Earlier cue kinds win where words overlap; a flag per character keeps this linear on long inputs.
        var taken = new bool[context.Text.Length];
        foreach (var (kind, regex) in s_cues)
        {
            foreach (Match m in regex.Matches(context.Text))
            {
                var span = new TextSpan(m.Index, m.Index + m.Length);
                if (taken.AsSpan(span.Start, span.Length).Contains(true))
                {
                    continue;
                }
                taken.AsSpan(span.Start, span.Length).Fill(true);
                context.Add(new CueMention(span, kind));
            }
        }
    }
}
