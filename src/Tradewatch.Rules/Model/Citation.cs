namespace Tradewatch.Rules.Model;

/// <summary>Where the law says it: instrument, paragraph, link, and how sure we are of the paragraph.</summary>
public sealed record Citation(string Instrument, string? Paragraph, string? Url, FactStatus Status)
{
    /// <summary>One line for humans and JSON: <c>UNSC Resolution 2371 (2017) OP8</c>.</summary>
    public string Text => string.IsNullOrWhiteSpace(Paragraph) ? Instrument : $"{Instrument} {Paragraph}";

    public override string ToString() => Text;
}
