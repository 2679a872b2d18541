using Tradewatch.Domain;
using YamlDotNet.RepresentationModel;

namespace Tradewatch.Rules.Loading;

/// <summary>Reads one YAML mapping against its allowed keys; every problem becomes a located error.</summary>
internal sealed class MapReader
{
    private readonly YamlReadContext _ctx;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public MapReader(YamlReadContext ctx, YamlMappingNode node, string path, IReadOnlyCollection<string> allowed)
    {
        _ctx = ctx;
        Node = node;
        Path = path;
        foreach (var (key, value) in node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (allowed.Count > 0 && !allowed.Contains(name))
            {
                ctx.Error(key, Child(name), RuleMessages.UnknownKey(name, allowed));
                continue;
            }
            _entries.TryAdd(name, (key, value));
        }
    }

    public YamlMappingNode Node { get; }
    public string Path { get; }
    public SourceLocation Location => _ctx.Locate(Node);

    public string Child(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>The value node, or null when absent or written as null.</summary>
    public YamlNode? Get(string key, bool required = false)
    {
        if (_entries.TryGetValue(key, out var e) && !YamlReadContext.IsNull(e.Value))
        {
            return e.Value;
        }
        if (required)
        {
            _ctx.Error(Node, Path, RuleMessages.MissingKey(key));
        }
        return null;
    }

    public SourceLocation LocationOf(string key) =>
        _entries.TryGetValue(key, out var e) ? _ctx.Locate(e.Value) : Location;

    public string? String(string key, bool required = false) =>
        Get(key, required) is { } n ? _ctx.Scalar(n, Child(key)) : null;

    public DateOnly? Date(string key, bool required = false) =>
        Get(key, required) is { } n ? _ctx.Date(n, Child(key)) : null;

    public decimal? Number(string key, bool required = false) =>
        Get(key, required) is { } n ? _ctx.Number(n, Child(key)) : null;

    public bool? Bool(string key) => Get(key) is { } n ? _ctx.Bool(n, Child(key)) : null;

    public T? Enum<T>(string key, IReadOnlyDictionary<string, T> values, bool required = false)
        where T : struct =>
        Get(key, required) is { } n ? _ctx.Enum(n, Child(key), values) : null;

    /// <summary>The items of a list with their paths; empty when absent.</summary>
    public IEnumerable<(YamlNode Node, string Path)> Items(string key, bool required = false)
    {
        if (Get(key, required) is not { } n || _ctx.Sequence(n, Child(key)) is not { } seq)
        {
            yield break;
        }
        var i = 0;
        foreach (var item in seq.Children)
        {
            yield return (item, $"{Child(key)}[{i++}]");
        }
    }

    public MapReader? Map(string key, bool required, params string[] allowed) =>
        Get(key, required) is { } n ? _ctx.Map(n, Child(key), allowed) : null;
}
