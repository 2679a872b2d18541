namespace Tradewatch.Rules.Model;

/// <summary>Several rulebooks used together (UN plus national instruments): one id space for measures and exemptions.</summary>
public sealed class RulebookSet
{
    private readonly Dictionary<string, Measure> _measures = new(StringComparer.Ordinal);

    public RulebookSet(IReadOnlyList<Rulebook> rulebooks)
    {
        ArgumentNullException.ThrowIfNull(rulebooks);
        Rulebooks = rulebooks;
        Measures = rulebooks.SelectMany(r => r.Measures).ToList();
        Exemptions = rulebooks.SelectMany(r => r.Exemptions).ToList();
        foreach (var m in Measures)
        {
            _measures.TryAdd(m.Id, m);
        }
    }

    public IReadOnlyList<Rulebook> Rulebooks { get; }
    public IReadOnlyList<Measure> Measures { get; }
    public IReadOnlyList<Exemption> Exemptions { get; }

    public Measure? Find(string id) => _measures.GetValueOrDefault(id);

    /// <summary>Measures in force on a date (all measures when <paramref name="at"/> is null), in file order.</summary>
    public IEnumerable<Measure> InForce(DateOnly? at) => at is { } d ? Measures.Where(m => m.InForceOn(d)) : Measures;

    /// <summary>The exemptions that name a measure (or apply to all measures of the same rulebook).</summary>
    public IEnumerable<(Exemption Exemption, ExemptionTarget Target)> ExemptionsFor(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        foreach (var e in Exemptions)
        {
            if (e.AppliesToAll && e.Rulebook.Id != measure.Rulebook.Id)
            {
                continue;
            }
            if (e.TargetFor(measure.Id) is { } t)
            {
                yield return (e, t);
            }
        }
    }
}
