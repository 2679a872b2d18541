using Tradewatch.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace Tradewatch.Rules.Loading;

internal sealed partial class RulebookReader
{
    private static readonly string[] ExemptionKeys =
        ["id", "name", "applies_to", "hs", "condition", "citation", "status", "detectable_from_trade_data", "how", "test", "sources"];

    private Exemption? ReadExemption(YamlNode node, string path, RulebookHeader header)
    {
        var m = ctx.Map(node, path, ExemptionKeys);
        if (m is null)
        {
            return null;
        }
        var id = m.String("id", true);
        var status = m.Enum("status", RuleVocabulary.Status, required: true);
        var detectable = m.Enum("detectable_from_trade_data", RuleVocabulary.Detectable, required: true);
        var condition = m.String("condition", true);
        var how = m.String("how", true);
        var all = false;
        var targets = new List<ExemptionTarget>();
        if (m.Get("applies_to", required: true) is { } appliesTo)
        {
            if (appliesTo is YamlScalarNode s)
            {
                if (s.Value == "all")
                {
                    all = true;
                }
                else
                {
                    ctx.Error(appliesTo, m.Child("applies_to"), RuleMessages.ExpectedEnum(["all", "[list of measure ids]"], s.Value ?? ""));
                }
            }
            else
            {
                foreach (var (item, itemPath) in m.Items("applies_to"))
                {
                    if (item is YamlScalarNode one)
                    {
                        targets.Add(new ExemptionTarget(one.Value ?? "", null, ctx.Locate(item), itemPath));
                    }
                    else if (ctx.Map(item, itemPath, "measure", "status") is { } t && t.String("measure", true) is { } mid)
                    {
                        targets.Add(new ExemptionTarget(mid, t.Enum("status", RuleVocabulary.Status), t.LocationOf("measure"), t.Child("measure")));
                    }
                }
            }
        }
        var hs = m.Items("hs").Select(i => ReadSelector(i.Node, i.Path, status ?? FactStatus.Confirmed, HsConfidence.Low)).OfType<HsSelector>().ToList();
        var citation = ReadCitation(m, "citation", required: false);
        var test = m.Enum("test", RuleVocabulary.Test) ?? ExemptionTest.None;
        _ = m.Items("sources").Select(i => ctx.Scalar(i.Node, i.Path)).ToList();
        if (id is null || status is null || detectable is null || condition is null || how is null)
        {
            return null;
        }
        return new Exemption
        {
            Id = id,
            Name = m.String("name"),
            AppliesToAll = all,
            AppliesTo = targets,
            Hs = hs,
            Condition = condition,
            Citation = citation,
            Status = status.Value,
            Detectable = detectable.Value,
            How = how,
            Test = test,
            Rulebook = header,
            Location = m.LocationOf("id"),
            YamlPath = path,
        };
    }

    private ConversionFactor? ReadConversionFactor(YamlNode node, string path)
    {
        var m = ctx.Map(node, path, "product", "from", "to", "default", "values", "note");
        if (m is null)
        {
            return null;
        }
        var product = m.String("product", true);
        var from = m.String("from", true);
        var to = m.String("to", true);
        foreach (var key in new[] { "from", "to" })
        {
            if (m.String(key) is { } u && !RuleVocabulary.ConversionUnit.ContainsKey(u))
            {
                ctx.Error(m.LocationOf(key), m.Child(key), RuleMessages.ExpectedEnum(RuleVocabulary.ConversionUnit.Keys, u));
            }
        }
        var dflt = m.Number("default", true);
        var values = new List<ConversionValue>();
        foreach (var (item, itemPath) in m.Items("values", required: true))
        {
            if (ctx.Map(item, itemPath, "value", "source", "status", "note") is { } v
                && v.Number("value", true) is { } value
                && v.String("source", true) is { } source
                && v.Enum("status", RuleVocabulary.Status, required: true) is { } st)
            {
                values.Add(new ConversionValue(value, source, st));
            }
        }
        _ = m.String("note");
        return product is null || from is null || to is null || dflt is null || values.Count == 0
            ? null
            : new ConversionFactor(product, from, to, dflt.Value, values);
    }

    private (List<TimelineEvent>, List<Checkpoint>) ReadTimeline(MapReader? t)
    {
        var events = new List<TimelineEvent>();
        var checkpoints = new List<Checkpoint>();
        if (t is null)
        {
            return (events, checkpoints);
        }
        foreach (var (node, path) in t.Items("events"))
        {
            if (ctx.Map(node, path, "date", "event", "status") is { } e && e.Date("date", true) is { } d && e.String("event", true) is { } text)
            {
                events.Add(new TimelineEvent(d, text, e.Enum("status", RuleVocabulary.Status) ?? FactStatus.Confirmed));
            }
        }
        foreach (var (node, path) in t.Items("checkpoints"))
        {
            if (ctx.Map(node, path, "date", "in_force", "not_in_force") is { } c && c.Date("date", true) is { } d)
            {
                var inForce = c.Items("in_force").Select(i => ctx.Scalar(i.Node, i.Path)).OfType<string>().ToList();
                var notInForce = c.Items("not_in_force").Select(i => ctx.Scalar(i.Node, i.Path)).OfType<string>().ToList();
                checkpoints.Add(new Checkpoint(d, inForce, notInForce, c.Location, c.Path));
            }
        }
        return (events, checkpoints);
    }
}
