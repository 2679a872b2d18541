using System.Globalization;
using System.Text;
using System.Text.Json;
using Tradewatch.Rules.Matching;
using Tradewatch.Rules.Model;

namespace Tradewatch.Rules.Output;

/// <summary>
/// The JSON documents of <c>rules list</c> and <c>rules match</c> (contracts/cli.md), plus extra fields: the fact
/// status of every fact used, so that no output hides that a fact is unconfirmed.
/// </summary>
public static class RulesJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>{"measures": [{"id", "type", "direction", "citation", "effective", "ends", …}]}</c></summary>
    public static string List(IEnumerable<Measure> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        return Write(w =>
        {
            w.WriteStartArray("measures");
            foreach (var m in measures)
            {
                w.WriteStartObject();
                w.WriteString("id", m.Id);
                w.WriteString("type", m.Type.Name());
                w.WriteString("direction", m.Direction.Name());
                w.WriteString("citation", m.Citation.Text);
                WriteDate(w, "effective", m.Effective);
                WriteDate(w, "ends", m.Ends);
                w.WriteString("ref", m.Ref);
                w.WriteString("rulebook", m.Rulebook.Id);
                w.WriteString("title", m.Title);
                w.WriteString("fact_status", m.Status.Name());
                w.WriteString("citation_status", m.Citation.Status.Name());
                w.WriteString("dates_status", (m.DatesStatus ?? m.Status).Name());
                w.WriteString("scope_basis", m.Scope.Basis.Name());
                w.WriteString("citation_url", m.Citation.Url);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });
    }

    /// <summary><c>{"matches": [{"measure_id", "type", "status", "citation", "exemption", "reason", …}]}</c></summary>
    public static string Match(IEnumerable<MeasureMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        return Write(w =>
        {
            w.WriteStartArray("matches");
            foreach (var x in matches)
            {
                var m = x.Measure;
                w.WriteStartObject();
                w.WriteString("measure_id", m.Id);
                w.WriteString("type", m.Type.Name());
                w.WriteString("status", x.Status == MatchStatus.Applies ? "applies" : "exempted");
                w.WriteString("citation", m.Citation.Text);
                w.WriteString("exemption", x.Exemption?.Id);
                w.WriteString("reason", x.Reason);
                w.WriteString("ref", m.Ref);
                w.WriteString("rulebook", m.Rulebook.Id);
                w.WriteString("title", m.Title);
                w.WriteString("direction", x.FlowDirection.Name());
                w.WriteString("coverage", x.Coverage == MatchCoverage.Full ? "full" : "partial");
                w.WriteBoolean("needs_item_review", x.NeedsItemReview);
                w.WriteString("selector", x.Selector.Text);
                w.WriteString("fact_status", m.Status.Name());
                w.WriteString("citation_status", m.Citation.Status.Name());
                w.WriteString("hs_status", x.Selector.Status.Name());
                w.WriteString("hs_confidence", x.Selector.Confidence.Name());
                w.WriteString("citation_url", m.Citation.Url);
                WriteDate(w, "effective", m.Effective);
                WriteDate(w, "ends", m.Ends);
                if (x.ActiveCap is { } cap)
                {
                    WriteCap(w, cap);
                }
                w.WriteStartArray("possible_exemptions");
                foreach (var e in x.PossibleExemptions)
                {
                    w.WriteStartObject();
                    w.WriteString("id", e.Id);
                    w.WriteString("name", e.Name);
                    w.WriteString("detectable_from_trade_data", e.Detectable.Name());
                    w.WriteString("status", e.Status.Name());
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });
    }

    private static void WriteCap(Utf8JsonWriter w, Cap cap)
    {
        w.WriteStartObject("cap");
        w.WriteString("text", RuleMatcher.CapText(cap));
        if (cap.Period is { } p)
        {
            w.WriteString("period", p.Kind.Name());
            WriteDate(w, "period_start", p.Start);
            WriteDate(w, "period_end", p.End);
        }
        w.WriteString("combine", cap.Combine switch
        {
            CapCombine.WhicheverIsLower => "whichever_is_lower",
            CapCombine.EquivalentUnits => "equivalent_units",
            _ => null,
        });
        w.WriteStartArray("limits");
        foreach (var l in cap.Limits)
        {
            w.WriteStartObject();
            if (l.Amount is { } a)
            {
                w.WriteNumber("amount", a);
            }
            else
            {
                w.WriteString("baseline", l.Baseline);
            }
            w.WriteString("unit", l.Unit?.Name());
            w.WriteString("status", l.Status.Name());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
