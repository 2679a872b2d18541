using Tradewatch.Domain;
using Tradewatch.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tradewatch.Rules.Loading;

/// <summary>The rulebooks read from a file or folder and every schema error found on the way.</summary>
public sealed record RulebookLoadResult(IReadOnlyList<Rulebook> Rulebooks, IReadOnlyList<InputError> Errors)
{
    public bool Ok => Errors.Count == 0;
}

/// <summary>
/// Reads rulebook YAML into the model. Schema problems (unknown keys, wrong types, bad enum words, missing keys)
/// are collected as <c>FILE:LINE:COL: message (at yaml.path)</c>; the loader never throws on bad content.
/// Semantic checks that need the whole set or the HS nomenclature live in <see cref="Validation.RulebookValidator"/>.
/// </summary>
public static class RulebookLoader
{
    /// <summary>Loads one file, or every <c>*.yaml</c>/<c>*.yml</c> file directly in a folder (sorted by name).</summary>
    /// <exception cref="FileNotFoundException">The path does not exist.</exception>
    public static RulebookLoadResult LoadPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            var books = new List<Rulebook>();
            var errors = new List<InputError>();
            foreach (var f in files)
            {
                var r = LoadFile(f);
                books.AddRange(r.Rulebooks);
                errors.AddRange(r.Errors);
            }
            return new RulebookLoadResult(books, errors);
        }
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"rulebook path not found: {path}", path);
        }
        return LoadFile(path);
    }

    /// <summary>Loads one rulebook file.</summary>
    public static RulebookLoadResult LoadFile(string file) => Load(file, File.ReadAllText(file));

    /// <summary>Loads rulebook text; <paramref name="file"/> is only used in locations.</summary>
    public static RulebookLoadResult Load(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ctx = new YamlReadContext(file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            ctx.Error(new SourceLocation(file, ex.Start.Line, (int)ex.Start.Column), "", RuleMessages.Syntax(ex.InnerException?.Message ?? ex.Message));
            return new RulebookLoadResult([], ctx.Errors);
        }
        if (stream.Documents.Count == 0 || YamlReadContext.IsNull(stream.Documents[0].RootNode))
        {
            ctx.Error(new SourceLocation(file, 1, 1), "", RuleMessages.EmptyDocument);
            return new RulebookLoadResult([], ctx.Errors);
        }
        var book = new RulebookReader(ctx).Read(stream.Documents[0].RootNode);
        return new RulebookLoadResult(book is null ? [] : [book], ctx.Errors);
    }
}
