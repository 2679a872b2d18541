using Tradewatch.Claims.Checks;

namespace Tradewatch.Claims;

/// <summary>
/// Runs the checks: an article's own arithmetic and periods (<see cref="IClaimCheck"/>), optionally a ledger
/// (<see cref="ILedgerCheck"/>), and cross-source comparison over several articles. Immutable.
/// </summary>
public sealed class ClaimChecker
{
    private readonly IClaimCheck[] _checks;
    private readonly ILedgerCheck? _ledger;

    public ClaimChecker(IEnumerable<IClaimCheck> checks, ILedgerCheck? ledger = null)
    {
        ArgumentNullException.ThrowIfNull(checks);
        _checks = [.. checks];
        _ledger = ledger;
    }

    /// <summary>Own-arithmetic and period checks, no ledger.</summary>
    public static ClaimChecker Default { get; } = new(DefaultChecks());

    public static IReadOnlyList<IClaimCheck> DefaultChecks() =>
        [new GrowthCheck(), new SumCheck(), new ShareCheck(), new PeriodCoherenceCheck(), new RestatementCheck(), new CapCheck()];

    public ClaimChecker WithLedger(ILedgerCheck ledger) => new(_checks, ledger);

    /// <summary>The document with its <c>checks</c> filled in.</summary>
    public ClaimsDocument Check(ClaimsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var results = new List<ClaimCheck>();
        foreach (var check in _checks)
        {
            results.AddRange(Safely(() => check.Check(document).ToList()));
        }
        if (_ledger is not null)
        {
            foreach (var claim in document.Claims)
            {
                if (_ledger.Check(claim, document.Article) is { } verdict)
                {
                    results.Add(verdict);
                }
            }
        }
        return document.WithChecks(results);
    }

    /// <summary>Checks across documents; each check's <see cref="ClaimCheck.Documents"/> names the documents.</summary>
    public IReadOnlyList<ClaimCheck> CrossCheck(IReadOnlyList<ClaimsDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Safely(() => CrossSourceCheck.Check(documents).ToList());
    }

    // Figures come from untrusted text; an absurd one (1e27 of something) must not abort the other checks.
    private static List<ClaimCheck> Safely(Func<List<ClaimCheck>> run)
    {
        try
        {
            return run();
        }
        catch (OverflowException)
        {
            return [];
        }
    }
}
