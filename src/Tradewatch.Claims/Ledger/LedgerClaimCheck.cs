using System.Globalization;
using Tradewatch.Claims.Checks;
using Tradewatch.Data.Queries;
using Tradewatch.Data.Store;
using Tradewatch.Domain;

namespace Tradewatch.Claims.Ledger;

/// <summary>
/// Checks a trade-value claim against the ledger: each dataset on its own (never summed with another), for the claim's
/// direction (both directions for a two-way total), goods (its HS code, else all goods) and months, within the rounding
/// of the stated figure. Datasets that only bound the figure (part of the goods, a longer period) are reported as
/// bounds. Plug in with <c>ClaimChecker.Default.WithLedger(new LedgerClaimCheck(store))</c>.
/// </summary>
public sealed class LedgerClaimCheck : ILedgerCheck
{
    private readonly TradewatchStore _store;
    private readonly IReadOnlyList<DatasetInfo> _datasets;

    public LedgerClaimCheck(TradewatchStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _datasets = DatasetsRepository.List(store);
        if (_datasets.Count > 0)
        {
            LedgerFigures.Prepare(store);
        }
    }

    /// <summary>
    /// A verdict for a checkable claim (a US-dollar trade value between two named countries with a period); null for
    /// any other claim, and for every claim when the ledger holds no dataset at all.
    /// </summary>
    public ClaimCheck? Check(Claim claim, Article article)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(article);
        if (_datasets.Count == 0 || !Checkable(claim))
        {
            return null;
        }
        var period = claim.Period!.Value;
        var from = claim.From!.Value;
        var to = claim.To!.Value;
        var twoWay = claim.Flow is ClaimFlow.TotalTrade or ClaimFlow.Turnover;
        (CountryCode Exporter, CountryCode Importer)[] directions = twoWay ? [(from, to), (to, from)] : [(from, to)];
        var goods = ClaimGoods.Of(claim);
        var years = Period.Years(period.Start.Year, period.End.Year);
        var stated = StatedFigure.Of(claim, article.Text);

        var findings = new List<(Outcome Outcome, string Text)>();
        foreach (var dataset in _datasets)
        {
            var ranges = directions
                .Select(d => (d.Exporter, d.Importer, Range: LedgerRange.From(LedgerFigures.Query(_store, d.Exporter, d.Importer, years, dataset.Name, goods.Hs), period, goods)))
                .ToList();
            findings.Add(Judge(stated, dataset, ranges));
        }
        var verdict = findings.Any(f => f.Outcome == Outcome.Agrees) ? CheckVerdict.Consistent
            : findings.Any(f => f.Outcome == Outcome.Contradicts) ? CheckVerdict.Inconsistent
            : findings.Any(f => f.Outcome == Outcome.WithinBounds) ? CheckVerdict.Consistent
            : CheckVerdict.CannotCheck;
        var flow = twoWay ? $"{from}↔{to} trade (both directions)" : $"{from}→{to} {(claim.Flow == ClaimFlow.Imports ? "imports" : "exports")}";
        var statedText = StatedFigure.Format(stated.Value, claim.Unit)
            + (stated.High >= decimal.MaxValue / 8 ? " (a floor)" : $" ({StatedFigure.Format(stated.Low, claim.Unit)}–{StatedFigure.Format(stated.High, claim.Unit)})");
        var reason = $"Ledger, {flow}, {goods}, {period}: stated {statedText}. {string.Join(" ", findings.Select(f => f.Text))}";
        return new ClaimCheck([claim.Id], verdict, reason, "ledger", "ledger");
    }

    private enum Outcome
    {
        NoInformation,
        Agrees,
        WithinBounds,
        Contradicts,
    }

    private static bool Checkable(Claim c) =>
        c.Kind == ClaimKind.TradeValue && c.Unit == "USD" && c.Value > 0 && c.Period is not null
        && c.Flow is ClaimFlow.Exports or ClaimFlow.Imports or ClaimFlow.TotalTrade or ClaimFlow.Turnover
        && c.From is not null && c.To is not null && c.From != c.To
        // Caps, targets, surpluses and deficits are not flows the ledger records.
        && c.Measure is null or "record_claim";

    private static (Outcome, string) Judge(StatedFigure stated, DatasetInfo dataset, IReadOnlyList<(CountryCode Exporter, CountryCode Importer, LedgerRange Range)> ranges)
    {
        var label = $"{FormatName(dataset.Format)} '{dataset.Name}'";
        var low = ranges.Sum(r => r.Range.Low);
        decimal? high = ranges.All(r => r.Range.High is not null) ? ranges.Sum(r => r.Range.High!.Value) : null;
        var parts = string.Join(" + ", ranges.Select(r => Describe(r.Exporter, r.Importer, r.Range, ranges.Count > 1)));
        if (low == 0 && high is null)
        {
            return (Outcome.NoInformation, $"{label} cannot check it ({parts}).");
        }
        var exact = ranges.All(r => r.Range.IsExact);
        var figure = exact ? Usd(low)
            : high is null ? $"at least {Usd(low)}"
            : low == 0 ? $"at most {Usd(high.Value)}"
            : $"between {Usd(low)} and {Usd(high.Value)}";
        var agrees = stated.Overlaps(low, high ?? decimal.MaxValue / 4);
        var outcome = agrees ? (exact ? Outcome.Agrees : Outcome.WithinBounds) : Outcome.Contradicts;
        var judgement = outcome switch
        {
            Outcome.Agrees => "agrees within rounding",
            Outcome.WithinBounds => "within the bound",
            _ => exact ? "disagrees beyond rounding" : "outside the bound",
        };
        return (outcome, $"{label} says {figure} ({parts}): {judgement}.");
    }

    private static string Describe(CountryCode exporter, CountryCode importer, LedgerRange range, bool twoWay)
    {
        var items = new List<string>();
        if (twoWay)
        {
            var value = range.Rows == 0 ? "no rows"
                : range.IsExact ? Usd(range.Low)
                : range.High is { } h ? (range.Low == 0 ? $"≤ {Usd(h)}" : $"{Usd(range.Low)}–{Usd(h)}")
                : $"≥ {Usd(range.Low)}";
            items.Add($"{exporter}→{importer} {value}");
        }
        if (range.Side is { } side)
        {
            items.Add($"{(side == "exporter" ? exporter : importer)}'s declarations{(range.Estimated ? " (IMF estimates)" : "")}");
        }
        if (range.Rows > 0)
        {
            var n = range.Rows.ToString(CultureInfo.InvariantCulture);
            items.Add($"{n} row{(range.Rows == 1 ? "" : "s")}, line{(range.Lines.Count == 1 ? "" : "s")} {string.Join(", ", range.Lines.Take(5))}{(range.Lines.Count > 5 ? ", …" : "")}");
        }
        items.AddRange(range.Caveats);
        return string.Join("; ", items);
    }

    private static string Usd(decimal value) => StatedFigure.Format(value, "USD");

    private static string FormatName(string format) => format switch
    {
        "comtrade" or "comtrade-json" => "UN Comtrade",
        "dots" => "IMF DOTS",
        "baci" => "CEPII BACI",
        _ => format,
    };
}
