namespace Entente.Reports.Lint.Rules;

/// <summary>A forecast whose due date has passed is resolved, or it silently escapes scoring.</summary>
public sealed class PastDueForecastRule : ILintRule
{
    public string Id => "past-due-forecast";

    public string Description => "Forecasts past their due date carry a resolution.";

    public IEnumerable<LintFinding> Check(LintCase subject)
    {
        foreach (var item in subject.Items)
        {
            if (item.Forecast is { Due: { } due, Resolution: null } && due.End < subject.Today)
            {
                yield return subject.At(this, item, "forecast",
                    $"was due {due} and is still open on {subject.Today:yyyy-MM-dd}; resolve it against its criteria");
            }
        }
    }
}
