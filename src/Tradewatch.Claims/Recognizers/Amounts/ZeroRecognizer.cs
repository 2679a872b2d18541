using System.Text.RegularExpressions;

namespace Tradewatch.Claims.Recognizers.Amounts;

/// <summary>
/// "coal exports dropped to zero": a quantity claim of 0 tons. Only for goods counted in tons, named just before,
/// because "fell to zero" alone does not say what was counted.
/// </summary>
internal sealed partial class ZeroRecognizer : IRecognizer
{
    [GeneratedRegex(@"\b(?:dropped|drop|fell|fall|plunged|declined|slumped|sank|down|cut|reduced|shrank)\s+to\s+(?<z>zero|nil|nothing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToZero();

    [GeneratedRegex(@"\b(?:coal|lignite|anthracite|ores?|iron|steel|cement|fertili[sz]ers?|rice|wheat|corn|maize|flour|seafood|fish)\b[^.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TonnageGoodsBefore();

    public void Recognize(RecognitionContext context)
    {
        foreach (Match m in ToZero().Matches(context.Text))
        {
            var before = context.Text[Math.Max(0, m.Index - 60)..m.Index];
            if (TonnageGoodsBefore().IsMatch(before))
            {
                var z = m.Groups["z"];
                context.Add(new AmountMention(new TextSpan(z.Index, z.Index + z.Length), AmountKind.Quantity, 0m, "t", null));
            }
        }
    }
}
