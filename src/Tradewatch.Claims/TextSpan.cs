namespace Tradewatch.Claims;

/// <summary>A range of C# string indices into the article text, end exclusive.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int index) => index >= Start && index < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Covers(TextSpan other) => Start <= other.Start && other.End <= End;

    public override string ToString() => $"[{Start}..{End})";
}
