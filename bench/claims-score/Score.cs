namespace Tradewatch.Bench.ClaimsScore;

internal sealed record Score(string Article, int Gold, int Predicted, int Matched, int PeriodOk, int SourceOk, int Inconsistent, int InconsistentFound)
{
    public static Score operator +(Score a, Score b) => new("overall", a.Gold + b.Gold, a.Predicted + b.Predicted, a.Matched + b.Matched,
        a.PeriodOk + b.PeriodOk, a.SourceOk + b.SourceOk, a.Inconsistent + b.Inconsistent, a.InconsistentFound + b.InconsistentFound);

    public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    public double PeriodAccuracy => Matched == 0 ? 1 : (double)PeriodOk / Matched;

    public double SourceAccuracy => Matched == 0 ? 1 : (double)SourceOk / Matched;

    public string InconsistencyRecall => Inconsistent == 0 ? "  -  " : $"{InconsistentFound}/{Inconsistent}";
}
