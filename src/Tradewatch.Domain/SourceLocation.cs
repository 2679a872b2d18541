namespace Tradewatch.Domain;

/// <summary>A place in an input file: 1-based line and column. Column 0 means "the whole line".</summary>
public readonly record struct SourceLocation(string File, long Line, int Column)
{
    /// <summary>Compiler style: <c>file:line:col</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
