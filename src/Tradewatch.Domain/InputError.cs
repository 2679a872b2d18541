namespace Tradewatch.Domain;

/// <summary>One problem found in user input, located precisely enough to fix it in one pass.</summary>
public sealed record InputError(SourceLocation Location, string Message)
{
    /// <summary>Builds the usual "expected …, found '…'" error.</summary>
    public static InputError Expected(SourceLocation location, string expected, string? found) =>
        new(location, ErrorMessages.Expected(expected, found));

    /// <summary><c>file:line:col: message</c>.</summary>
    public override string ToString() => Location.File.Length == 0 ? Message : $"{Location}: {Message}";
}
