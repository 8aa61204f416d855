namespace Entente.Reports.Lint.Rules;

/// <summary>One product speaks one estimative language: ICD 203 and PHIA terms are never mixed in a case.</summary>
public sealed class MixedScalesRule : ILintRule
{
    public string Id => "mixed-scales";

    public string Description => "All forecasts and judgements of a case use one estimative scale.";

    public IEnumerable<LintFinding> Check(LintCase subject)
    {
        var forecasts = subject.Items.Where(i => i.Forecast is not null).ToList();
        var scales = forecasts.GroupBy(i => i.Forecast!.Scale).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (scales.Count < 2)
        {
            yield break;
        }

        var main = scales[0].Key;
        foreach (var item in scales.Skip(1).SelectMany(g => g))
        {
            yield return subject.At(this, item, "forecast",
                $"uses the {item.Forecast!.Scale} scale while {scales[0].Count()} other items of the case use {main}; state every likelihood on one scale");
        }
    }
}
