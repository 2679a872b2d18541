using System.Globalization;
using Tradewatch.Domain;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tradewatch.Rules.Loading;

/// <summary>Collects located errors while one rulebook file is read.</summary>
internal sealed class YamlReadContext(string file)
{
    private readonly List<InputError> _errors = [];

    public string File { get; } = file;
    public IReadOnlyList<InputError> Errors => _errors;

    public SourceLocation Locate(YamlNode node) => new(File, node.Start.Line, (int)node.Start.Column);

    public void Error(YamlNode node, string path, string message) => Error(Locate(node), path, message);

    public void Error(SourceLocation location, string path, string message) =>
        _errors.Add(new InputError(location, path.Length == 0 ? message : $"{message} (at {path})"));

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "an alias",
    };

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain } s && (s.Value is null or "" or "~" or "null" or "Null" or "NULL");

    /// <summary>A scalar's text, or null (with an error) for a mapping or list.</summary>
    public string? Scalar(YamlNode node, string path)
    {
        if (node is YamlScalarNode s)
        {
            return s.Value ?? "";
        }
        Error(node, path, RuleMessages.ExpectedScalar(Describe(node)));
        return null;
    }

    public DateOnly? Date(YamlNode node, string path)
    {
        var text = Scalar(node, path);
        if (text is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        Error(node, path, RuleMessages.ExpectedDate(text));
        return null;
    }

    public decimal? Number(YamlNode node, string path)
    {
        var text = Scalar(node, path);
        if (text is null)
        {
            return null;
        }
        if (decimal.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }
        Error(node, path, RuleMessages.ExpectedNumber(text));
        return null;
    }

    public bool? Bool(YamlNode node, string path)
    {
        var text = Scalar(node, path);
        switch (text)
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            default:
                Error(node, path, RuleMessages.ExpectedBool(text));
                return null;
        }
    }

    public T? Enum<T>(YamlNode node, string path, IReadOnlyDictionary<string, T> values)
        where T : struct
    {
        var text = Scalar(node, path);
        if (text is null)
        {
            return null;
        }
        if (values.TryGetValue(text, out var v))
        {
            return v;
        }
        Error(node, path, RuleMessages.ExpectedEnum(values.Keys, text));
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string path)
    {
        if (node is YamlSequenceNode s)
        {
            return s;
        }
        Error(node, path, RuleMessages.ExpectedSequence(Describe(node)));
        return null;
    }

    public MapReader? Map(YamlNode node, string path, params string[] allowed)
    {
        if (node is YamlMappingNode m)
        {
            return new MapReader(this, m, path, allowed);
        }
        Error(node, path, RuleMessages.ExpectedMapping(Describe(node)));
        return null;
    }
}
