namespace Tradewatch.Rules.Compilation;

/// <summary>
/// One row of the compiled rulebook: a flow of <see cref="Hs6"/> moving in <see cref="Direction"/> relative to
/// <see cref="Target"/>, with <see cref="Counterpart"/> on the other side (null = any state), on a day in
/// [<see cref="ValidFrom"/>, <see cref="ValidTo"/>], falls under <see cref="MeasureId"/>.
/// </summary>
public sealed record JoinRow(
    string MeasureId,
    string Hs6,
    string Revision,
    string Direction,
    string Target,
    string? Counterpart,
    DateOnly ValidFrom,
    DateOnly ValidTo,
    string Type,
    string Basis,
    bool Partial,
    string HsStatus,
    string HsConfidence);
