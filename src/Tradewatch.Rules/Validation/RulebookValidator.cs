using Tradewatch.Domain;
using Tradewatch.Rules.Hs;
using Tradewatch.Rules.Loading;
using Tradewatch.Rules.Model;

namespace Tradewatch.Rules.Validation;

/// <summary>
/// Semantic checks over loaded rulebooks: HS selectors that do not exist in the stated revision, dates out of
/// order, duplicate ids, caps without unit or period, exemptions or references naming unknown measures, and
/// overlapping selectors written twice in one list. Every error is located and carries its YAML path.
/// </summary>
public static class RulebookValidator
{
    /// <summary>Loads a file or folder and runs every check; errors in file and line order.</summary>
    public static (RulebookSet Set, IReadOnlyList<InputError> Errors) LoadAndValidate(string path, IHsNomenclature? nomenclature)
    {
        var loaded = RulebookLoader.LoadPath(path);
        var set = new RulebookSet(loaded.Rulebooks);
        var errors = loaded.Errors.Concat(Validate(set, nomenclature))
            .OrderBy(e => e.Location.File, StringComparer.Ordinal)
            .ThenBy(e => e.Location.Line)
            .ThenBy(e => e.Location.Column)
            .ToList();
        return (set, errors);
    }

    public static IReadOnlyList<InputError> Validate(RulebookSet set, IHsNomenclature? nomenclature)
    {
        ArgumentNullException.ThrowIfNull(set);
        var errors = new List<InputError>();
        void Error(SourceLocation at, string path, string message) => errors.Add(new InputError(at, $"{message} (at {path})"));

        CheckDuplicates(set, Error);
        var reportedRevisions = new HashSet<HsRevision>();
        foreach (var book in set.Rulebooks)
        {
            var sourceIds = book.Header.Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var refs = book.Measures.Where(m => m.Ref is not null).Select(m => m.Ref!).ToHashSet(StringComparer.Ordinal);
            foreach (var m in book.Measures)
            {
                CheckMeasure(m, set, nomenclature, reportedRevisions, Error);
                foreach (var (id, i) in m.Sources.Select((s, i) => (s, i)))
                {
                    if (!sourceIds.Contains(id))
                    {
                        Error(m.Location, $"{m.YamlPath}.sources[{i}]", RuleMessages.UnknownSource(id));
                    }
                }
            }
            foreach (var e in book.Exemptions)
            {
                CheckExemption(e, set, nomenclature, Error);
            }
            foreach (var c in book.Checkpoints)
            {
                foreach (var r in c.InForce.Concat(c.NotInForce).Where(r => !refs.Contains(r) && set.Find(r) is null))
                {
                    Error(c.Location, c.YamlPath, RuleMessages.UnknownCheckpointRef(r));
                }
            }
        }
        return errors;
    }

    private static void CheckDuplicates(RulebookSet set, Action<SourceLocation, string, string> error)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var m in set.Measures)
        {
            if (!seen.TryAdd(m.Id, m.Location))
            {
                error(m.Location, $"{m.YamlPath}.id", RuleMessages.DuplicateId("measure", m.Id, seen[m.Id].ToString()));
            }
        }
        var seenEx = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var e in set.Exemptions)
        {
            if (!seenEx.TryAdd(e.Id, e.Location))
            {
                error(e.Location, $"{e.YamlPath}.id", RuleMessages.DuplicateId("exemption", e.Id, seenEx[e.Id].ToString()));
            }
        }
        var books = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var b in set.Rulebooks)
        {
            if (!books.TryAdd(b.Header.Id, b.Header.Location))
            {
                error(b.Header.Location, "rulebook.id", RuleMessages.DuplicateId("rulebook", b.Header.Id, books[b.Header.Id].ToString()));
            }
            var sources = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            foreach (var s in b.Header.Sources)
            {
                if (!sources.TryAdd(s.Id, s.Location))
                {
                    error(s.Location, $"{s.YamlPath}.id", RuleMessages.DuplicateId("source", s.Id, sources[s.Id].ToString()));
                }
            }
        }
    }

    private static void CheckMeasure(
        Measure m, RulebookSet set, IHsNomenclature? nomenclature, HashSet<HsRevision> reportedRevisions, Action<SourceLocation, string, string> error)
    {
        if (m.Effective is { } eff && m.Ends is { } ends && ends < eff)
        {
            error(m.Location, $"{m.YamlPath}.ends", RuleMessages.EndsBeforeEffective(ends, eff));
        }
        if (m.Effective is { } eff2 && m.WindDown is { } w && w.Until < eff2)
        {
            error(w.Location, $"{w.YamlPath}.until", RuleMessages.WindDownBeforeEffective(w.Until, eff2));
        }
        if (m.Effective is null && (m.DatesStatus ?? m.Status) != FactStatus.Unconfirmed)
        {
            error(m.Location, $"{m.YamlPath}.effective", RuleMessages.UnknownEffectiveButConfirmed);
        }
        if (m.SupersededBy is { } sup && set.Find(sup) is null)
        {
            error(m.Location, $"{m.YamlPath}.superseded_by", RuleMessages.UnknownSupersededBy(sup));
        }
        var scope = m.Scope;
        if (scope.Basis == ScopeBasis.Hs && scope.WrittenIncludeCount == 0)
        {
            error(scope.Location, scope.YamlPath, RuleMessages.HsScopeWithoutSelectors);
        }
        if (scope.Basis == ScopeBasis.Activity && string.IsNullOrWhiteSpace(scope.Activity))
        {
            error(scope.Location, scope.YamlPath, RuleMessages.ActivityWithoutText);
        }
        CheckSelectors(scope.Include, scope.Revision, nomenclature, reportedRevisions, error);
        CheckSelectors(scope.Exclude, scope.Revision, nomenclature, reportedRevisions, error);
        if (m.WindDown is { } wd)
        {
            CheckSelectors(wd.Hs, scope.Revision, nomenclature, reportedRevisions, error);
        }
        CheckCaps(m, error);
        if (m.Type == MeasureType.Reporting && m.Reporting.Count == 0)
        {
            error(m.Location, m.YamlPath, RuleMessages.ReportingWithoutDuties);
        }
    }

    private static void CheckCaps(Measure m, Action<SourceLocation, string, string> error)
    {
        if (m.Type == MeasureType.Cap && m.Caps.Count == 0)
        {
            error(m.Location, m.YamlPath, RuleMessages.CapMeasureWithoutCaps);
        }
        foreach (var cap in m.Caps)
        {
            if (cap.Period is null)
            {
                error(cap.Location, cap.YamlPath, RuleMessages.CapWithoutPeriod);
            }
            else if (cap.Period.Kind == CapPeriodKind.Fixed && cap.Period.End is null)
            {
                error(cap.Location, $"{cap.YamlPath}.period", RuleMessages.FixedPeriodWithoutEnd);
            }
            if (cap.Limits.Count >= 2 && cap.Combine is null)
            {
                error(cap.Location, cap.YamlPath, RuleMessages.CapWithoutCombine);
            }
            for (var i = 0; i < cap.Limits.Count; i++)
            {
                var limit = cap.Limits[i];
                if (limit.Unit is null)
                {
                    error(cap.Location, $"{cap.YamlPath}.limits[{i}]", RuleMessages.CapWithoutUnit);
                }
                if (limit.Amount is null && limit.Baseline is null)
                {
                    error(cap.Location, $"{cap.YamlPath}.limits[{i}]", RuleMessages.CapWithoutAmount);
                }
            }
            if (cap.Limits.Count == 0)
            {
                error(cap.Location, cap.YamlPath, RuleMessages.CapWithoutUnit);
            }
        }
    }

    private static void CheckSelectors(
        IReadOnlyList<HsSelector> selectors, HsRevision revision, IHsNomenclature? nomenclature, HashSet<HsRevision> reportedRevisions,
        Action<SourceLocation, string, string> error)
    {
        for (var i = 0; i < selectors.Count; i++)
        {
            var s = selectors[i];
            for (var j = 0; j < i; j++)
            {
                if (selectors[j].Overlaps(s))
                {
                    error(s.Location, s.YamlPath, RuleMessages.OverlappingSelectors(selectors[j].Text, s.Text, selectors[j].YamlPath));
                    break;
                }
            }
            if (nomenclature is null)
            {
                continue;
            }
            if (!nomenclature.Knows(revision))
            {
                if (reportedRevisions.Add(revision))
                {
                    error(s.Location, s.YamlPath, RuleMessages.NoNomenclature(revision.Name()));
                }
                continue;
            }
            foreach (var end in s.IsRange ? new[] { s.First, s.Last } : [s.First])
            {
                if (!nomenclature.Contains(revision, end))
                {
                    error(s.Location, s.YamlPath, RuleMessages.HsNotInNomenclature(end, revision.Name()));
                }
            }
        }
    }

    private static void CheckExemption(Exemption e, RulebookSet set, IHsNomenclature? nomenclature, Action<SourceLocation, string, string> error)
    {
        foreach (var t in e.AppliesTo)
        {
            var m = set.Find(t.MeasureId);
            if (m is null)
            {
                error(t.Location, t.YamlPath, RuleMessages.UnknownMeasure(t.MeasureId));
            }
            else if (e.Test == ExemptionTest.WindDown && m.WindDown is null)
            {
                error(t.Location, t.YamlPath, RuleMessages.WindDownTestWithoutWindow(e.Id, m.Id));
            }
        }
        CheckSelectors(e.Hs, e.Rulebook.Revision, nomenclature, [], error);
    }
}
