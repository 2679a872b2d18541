using Tradewatch.Domain;
using Tradewatch.Rules.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tradewatch.Rules.Loading;

/// <summary>Turns one YAML document into a <see cref="Rulebook"/>; split by section into partial files.</summary>
internal sealed partial class RulebookReader(YamlReadContext ctx)
{
    private static readonly string[] TopKeys = ["format", "rulebook", "measures", "exemptions", "conversion_factors", "timeline"];
    private static readonly string[] HeaderKeys = ["id", "title", "authority", "targets", "jurisdiction", "version", "hs_revision", "fact_sheet", "notes", "sources"];
    private static readonly string[] SourceKeys = ["id", "title", "url"];
    private static readonly string[] CitationKeys = ["instrument", "paragraph", "url", "status"];

    public Rulebook? Read(YamlNode root)
    {
        var top = ctx.Map(root, "", TopKeys);
        if (top is null)
        {
            return null;
        }
        if (top.String("format", required: true) is { } format && format != RuleVocabulary.Format)
        {
            ctx.Error(top.LocationOf("format"), "format", RuleMessages.ExpectedEnum([RuleVocabulary.Format], format));
        }
        var header = ReadHeader(top);
        if (header is null)
        {
            return null;
        }
        var measures = top.Items("measures", required: true)
            .Select(i => ReadMeasure(i.Node, i.Path, header))
            .OfType<Measure>()
            .ToList();
        var exemptions = top.Items("exemptions")
            .Select(i => ReadExemption(i.Node, i.Path, header))
            .OfType<Exemption>()
            .ToList();
        var factors = top.Items("conversion_factors")
            .Select(i => ReadConversionFactor(i.Node, i.Path))
            .OfType<ConversionFactor>()
            .ToList();
        var (events, checkpoints) = ReadTimeline(top.Map("timeline", false, "events", "checkpoints"));
        return new Rulebook(header, measures, exemptions, factors, checkpoints, events);
    }

    private RulebookHeader? ReadHeader(MapReader top)
    {
        var h = top.Map("rulebook", true, HeaderKeys);
        if (h is null)
        {
            return null;
        }
        var targets = Countries(h, "targets", required: true);
        IReadOnlyList<CountryCode>? jurisdiction = null;
        if (h.Get("jurisdiction") is { } j)
        {
            if (j is YamlScalarNode s)
            {
                if (s.Value != "all_states")
                {
                    ctx.Error(j, h.Child("jurisdiction"), RuleMessages.ExpectedEnum(["all_states", "[list of alpha-3 codes]"], s.Value ?? ""));
                }
            }
            else
            {
                jurisdiction = Countries(h, "jurisdiction", required: false);
            }
        }
        var sources = h.Items("sources", required: true)
            .Select(i => ctx.Map(i.Node, i.Path, SourceKeys) is { } m
                ? new RulebookSource(m.String("id", true) ?? "", m.String("title", true) ?? "", m.String("url"), m.Location, m.Path)
                : null)
            .OfType<RulebookSource>()
            .ToList();
        return new RulebookHeader(
            h.String("id", true) ?? "",
            h.String("title", true) ?? "",
            h.String("authority", true) ?? "",
            targets,
            jurisdiction,
            h.String("version", true) ?? "",
            h.Enum("hs_revision", RuleVocabulary.Revision) ?? HsRevision.HS2017,
            sources,
            ctx.File,
            h.Location);
    }

    private List<CountryCode> Countries(MapReader m, string key, bool required)
    {
        var list = new List<CountryCode>();
        foreach (var (node, path) in m.Items(key, required))
        {
            var text = ctx.Scalar(node, path);
            if (text is null)
            {
                continue;
            }
            if (text.Length == 3 && text.All(char.IsAsciiLetterUpper) && CountryCode.TryParse(text, null, out var c))
            {
                list.Add(c);
            }
            else
            {
                ctx.Error(node, path, RuleMessages.ExpectedCountry(text));
            }
        }
        return list;
    }

    private Citation? ReadCitation(MapReader parent, string key, bool required)
    {
        var c = parent.Map(key, required, CitationKeys);
        return c is null
            ? null
            : new Citation(c.String("instrument", true) ?? "", c.String("paragraph"), c.String("url"), c.Enum("status", RuleVocabulary.Status) ?? FactStatus.Confirmed);
    }

    /// <summary>A date, or the literal <c>unknown</c> (returned as null with <paramref name="unknown"/> set).</summary>
    private DateOnly? DateOrUnknown(MapReader m, string key, bool required, out bool unknown)
    {
        unknown = false;
        if (m.Get(key, required) is not { } node)
        {
            return null;
        }
        if (node is YamlScalarNode { Value: "unknown" })
        {
            unknown = true;
            return null;
        }
        return ctx.Date(node, m.Child(key));
    }

    /// <summary>
    /// Reads one HS selector, plain (<c>"2701"</c>) or as a mapping with its own status. Defaults come from the scope.
    /// </summary>
    private HsSelector? ReadSelector(YamlNode node, string path, FactStatus defaultStatus, HsConfidence defaultConfidence)
    {
        var status = defaultStatus;
        var confidence = defaultConfidence;
        var part = false;
        string? note = null;
        var textNode = node;
        if (node is YamlMappingNode)
        {
            var m = ctx.Map(node, path, "hs", "status", "hs_confidence", "covers", "note")!;
            textNode = m.Get("hs", required: true);
            if (textNode is null)
            {
                return null;
            }
            status = m.Enum("status", RuleVocabulary.Status) ?? status;
            confidence = m.Enum("hs_confidence", RuleVocabulary.Confidence) ?? confidence;
            part = m.Enum("covers", RuleVocabulary.Covers) ?? false;
            note = m.String("note");
            path = m.Child("hs");
        }
        var text = ctx.Scalar(textNode, path);
        if (text is null)
        {
            return null;
        }
        if (textNode is YamlScalarNode { Style: ScalarStyle.Plain } && text.All(char.IsAsciiDigit))
        {
            ctx.Error(textNode, path, RuleMessages.UnquotedHs(text));
            return null;
        }
        return ParseSelector(text, textNode, path, status, confidence, part, note);
    }

    private HsSelector? ParseSelector(string text, YamlNode node, string path, FactStatus status, HsConfidence confidence, bool part, string? note)
    {
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        var first = dash < 0 ? text : text[..dash];
        var last = dash < 0 ? text : text[(dash + 1)..];
        static bool Ok(string s) => s.Length is 2 or 4 or 6 && s.All(char.IsAsciiDigit);
        if (!Ok(first) || !Ok(last))
        {
            ctx.Error(node, path, RuleMessages.ExpectedHsSelector(text));
            return null;
        }
        if (first.Length != last.Length)
        {
            ctx.Error(node, path, RuleMessages.RangeLevels(text));
            return null;
        }
        if (string.CompareOrdinal(first, last) > 0)
        {
            ctx.Error(node, path, RuleMessages.RangeOrder(text));
            return null;
        }
        return new HsSelector(first, last, status, confidence, part, note, ctx.Locate(node), path);
    }
}
