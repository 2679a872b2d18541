using Tradewatch.Domain;
using Tradewatch.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace Tradewatch.Rules.Loading;

internal sealed partial class RulebookReader
{
    private static readonly string[] MeasureKeys =
    [
        "id", "ref", "title", "citation", "adopted", "effective", "ends", "dates_status", "dates_note", "superseded_by",
        "wind_down", "deadlines", "direction", "type", "scope", "caps", "reporting", "conditions", "status", "sources", "notes",
    ];
    private static readonly string[] ScopeKeys = ["basis", "hs_revision", "hs_confidence", "status", "include", "exclude", "lists", "activity", "value_thresholds"];
    private static readonly string[] CapKeys = ["period", "basis", "combine", "limits", "stop_at_share", "never_in_force", "status", "note"];
    private static readonly string[] PeriodKeys = ["kind", "start", "end"];
    private static readonly string[] LimitKeys = ["amount", "baseline", "unit", "status", "note"];
    private static readonly string[] WindDownKeys = ["contracts_before", "until", "condition", "notify_by", "hs", "status", "note"];
    private static readonly string[] ReportingKeys = ["who", "to", "every", "when", "due", "what", "status"];

    private Measure? ReadMeasure(YamlNode node, string path, RulebookHeader header)
    {
        var m = ctx.Map(node, path, MeasureKeys);
        if (m is null)
        {
            return null;
        }
        var id = m.String("id", true);
        var citation = ReadCitation(m, "citation", required: true);
        var effective = DateOrUnknown(m, "effective", required: true, out _);
        var adopted = DateOrUnknown(m, "adopted", required: false, out _);
        var direction = m.Enum("direction", RuleVocabulary.Direction, required: true);
        var type = m.Enum("type", RuleVocabulary.Type, required: true);
        var status = m.Enum("status", RuleVocabulary.Status, required: true);
        var scope = ReadScope(m, header, status ?? FactStatus.Confirmed);
        var title = m.String("title", true);
        if (id is null || citation is null || direction is null || type is null || status is null || scope is null || title is null)
        {
            return null;
        }
        ReadDeadlinesAndConditions(m);
        return new Measure
        {
            Id = id,
            Ref = m.String("ref"),
            Title = title,
            Citation = citation,
            Adopted = adopted,
            Effective = effective,
            Ends = m.Date("ends"),
            DatesStatus = m.Enum("dates_status", RuleVocabulary.Status),
            SupersededBy = m.String("superseded_by"),
            WindDown = ReadWindDown(m, status.Value),
            Direction = direction.Value,
            Type = type.Value,
            Scope = scope,
            Caps = m.Items("caps").Select(i => ReadCap(i.Node, i.Path)).OfType<Cap>().ToList(),
            Reporting = m.Items("reporting").Select(i => ReadReporting(i.Node, i.Path)).OfType<ReportingDuty>().ToList(),
            Status = status.Value,
            Sources = m.Items("sources").Select(i => ctx.Scalar(i.Node, i.Path)).OfType<string>().ToList(),
            Notes = m.String("notes"),
            Rulebook = header,
            Location = m.LocationOf("id"),
            YamlPath = path,
        };
    }

    private MeasureScope? ReadScope(MapReader measure, RulebookHeader header, FactStatus measureStatus)
    {
        var s = measure.Map("scope", true, ScopeKeys);
        if (s is null)
        {
            return null;
        }
        var basis = s.Enum("basis", RuleVocabulary.Basis, required: true);
        var confidence = s.Enum("hs_confidence", RuleVocabulary.Confidence) ?? HsConfidence.Low;
        var status = s.Enum("status", RuleVocabulary.Status) ?? measureStatus;
        var include = s.Items("include").Select(i => ReadSelector(i.Node, i.Path, status, confidence)).OfType<HsSelector>().ToList();
        var exclude = s.Items("exclude").Select(i => ReadSelector(i.Node, i.Path, status, confidence)).OfType<HsSelector>().ToList();
        var lists = s.Items("lists").Select(i => ReadList(i.Node, i.Path, status)).OfType<ControlList>().ToList();
        var thresholds = s.Items("value_thresholds").Select(i => ReadThreshold(i.Node, i.Path)).OfType<ValueThreshold>().ToList();
        if (basis is null)
        {
            return null;
        }
        return new MeasureScope(
            basis.Value,
            s.Enum("hs_revision", RuleVocabulary.Revision) ?? header.Revision,
            include,
            exclude,
            lists,
            s.String("activity"),
            thresholds) { Location = s.Location, YamlPath = s.Path, WrittenIncludeCount = (s.Get("include") as YamlSequenceNode)?.Children.Count ?? 0 };
    }

    private ControlList? ReadList(YamlNode node, string path, FactStatus status)
    {
        if (node is YamlScalarNode sc)
        {
            return new ControlList(sc.Value ?? "", status);
        }
        var m = ctx.Map(node, path, "name", "status");
        return m is null ? null : new ControlList(m.String("name", true) ?? "", m.Enum("status", RuleVocabulary.Status) ?? status);
    }

    private ValueThreshold? ReadThreshold(YamlNode node, string path)
    {
        var m = ctx.Map(node, path, "goods", "above", "unit", "per", "status");
        if (m is null)
        {
            return null;
        }
        var unit = m.String("unit", true);
        if (unit is not null and not "USD")
        {
            ctx.Error(m.LocationOf("unit"), m.Child("unit"), RuleMessages.ExpectedEnum(["USD"], unit));
        }
        return new ValueThreshold(m.String("goods", true) ?? "", m.Number("above", true) ?? 0, unit ?? "USD", m.String("per"), m.Enum("status", RuleVocabulary.Status) ?? FactStatus.Confirmed);
    }

    private Cap? ReadCap(YamlNode node, string path)
    {
        var c = ctx.Map(node, path, CapKeys);
        if (c is null)
        {
            return null;
        }
        CapPeriod? period = null;
        if (c.Map("period", false, PeriodKeys) is { } p)
        {
            var kind = p.Enum("kind", RuleVocabulary.PeriodKind, required: true);
            var start = p.Date("start", required: true);
            if (kind is not null && start is not null)
            {
                period = new CapPeriod(kind.Value, start.Value, p.Date("end"));
            }
        }
        string? basis = null;
        if (c.String("basis") is { } b)
        {
            if (b is "all_states_combined" or "per_supplying_state")
            {
                basis = b;
            }
            else
            {
                ctx.Error(c.LocationOf("basis"), c.Child("basis"), RuleMessages.ExpectedEnum(["all_states_combined", "per_supplying_state"], b));
            }
        }
        decimal? stop = null;
        if (c.Map("stop_at_share", false, "share", "status", "note") is { } s)
        {
            stop = s.Number("share", true);
        }
        var limits = c.Items("limits").Select(i => ReadLimit(i.Node, i.Path)).OfType<CapLimit>().ToList();
        return new Cap(
            period,
            basis,
            c.Enum("combine", RuleVocabulary.Combine),
            limits,
            stop,
            c.Bool("never_in_force") ?? false,
            c.Enum("status", RuleVocabulary.Status) ?? FactStatus.Confirmed,
            c.String("note"),
            c.Location,
            path);
    }

    private CapLimit? ReadLimit(YamlNode node, string path)
    {
        var l = ctx.Map(node, path, LimitKeys);
        return l is null
            ? null
            : new CapLimit(
                l.Number("amount"),
                l.String("baseline"),
                l.Enum("unit", RuleVocabulary.Unit),
                l.Enum("status", RuleVocabulary.Status) ?? FactStatus.Confirmed,
                l.String("note"));
    }

    private WindDown? ReadWindDown(MapReader measure, FactStatus measureStatus)
    {
        var w = measure.Map("wind_down", false, WindDownKeys);
        if (w is null)
        {
            return null;
        }
        var status = w.Enum("status", RuleVocabulary.Status, required: true) ?? measureStatus;
        var until = w.Date("until", required: true);
        var hs = w.Items("hs").Select(i => ReadSelector(i.Node, i.Path, status, HsConfidence.Low)).OfType<HsSelector>().ToList();
        return until is null
            ? null
            : new WindDown(w.Date("contracts_before"), until.Value, w.String("condition"), w.Date("notify_by"), hs, status, w.Location, w.Path);
    }

    private ReportingDuty? ReadReporting(YamlNode node, string path)
    {
        var r = ctx.Map(node, path, ReportingKeys);
        if (r is null)
        {
            return null;
        }
        _ = r.Date("due");
        var every = r.String("every") ?? r.String("when");
        return new ReportingDuty(r.String("who", true) ?? "", r.String("to"), every, r.String("what"), r.Enum("status", RuleVocabulary.Status) ?? FactStatus.Confirmed);
    }

    /// <summary>Deadlines and conditions are documentation only, but their shape is still checked.</summary>
    private void ReadDeadlinesAndConditions(MapReader m)
    {
        foreach (var (node, path) in m.Items("deadlines"))
        {
            if (ctx.Map(node, path, "date", "what", "status") is { } d)
            {
                _ = d.Date("date", true);
                _ = d.String("what", true);
                _ = d.Enum("status", RuleVocabulary.Status);
            }
        }
        foreach (var (node, path) in m.Items("conditions"))
        {
            if (ctx.Map(node, path, "text", "status") is { } c)
            {
                _ = c.String("text", true);
                _ = c.Enum("status", RuleVocabulary.Status);
            }
        }
        _ = m.String("dates_note");
    }
}
