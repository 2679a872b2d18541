namespace Tradewatch.Domain;

/// <summary>
/// Bad input, collected: thrown at the edge of a loader once it has gathered every problem (up to a cap),
/// so the user sees all of them at once. Faces render one line per error.
/// </summary>
public sealed class InputException : Exception
{
    /// <summary>Creates the exception from the collected errors.</summary>
    public InputException(IReadOnlyList<InputError> errors)
        : base(errors.Count == 0 ? "bad input" : string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception for one error.</summary>
    public InputException(InputError error) : this([error])
    {
    }

    /// <summary>Creates an exception with a message that has no file location (e.g. a command-line value).</summary>
    public InputException(string message) : this([new InputError(new SourceLocation("", 0, 0), message)])
    {
    }

    /// <summary>The collected errors, in input order.</summary>
    public IReadOnlyList<InputError> Errors { get; }
}
