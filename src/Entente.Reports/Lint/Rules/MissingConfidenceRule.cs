namespace Entente.Reports.Lint.Rules;

/// <summary>A likelihood without a confidence tells the reader half of the judgement.</summary>
public sealed class MissingConfidenceRule : ILintRule
{
    public string Id => "missing-confidence";

    public string Description => "Every forecast and judgement states its confidence (low, moderate, high) beside its likelihood.";

    public IEnumerable<LintFinding> Check(LintCase subject)
    {
        foreach (var item in subject.Items)
        {
            if (item.Forecast is { Confidence: null })
            {
                yield return subject.At(this, item, "forecast", $"states a likelihood ({item.Forecast.Term ?? "no term"}) but no confidence");
            }
            else if (item.Forecast is null && item.Type == "judgement")
            {
                yield return subject.At(this, item, "type", "is a judgement with neither likelihood nor confidence");
            }
        }
    }
}
