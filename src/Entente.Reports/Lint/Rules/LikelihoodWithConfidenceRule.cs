using System.Text.RegularExpressions;

namespace Entente.Reports.Lint.Rules;

/// <summary>
/// Likelihood and confidence are separate judgements (ICD 203): a phrase that fuses them ("highly likely, with high
/// confidence, that …" inside the statement) hides one behind the other. They belong in the term and confidence fields.
/// </summary>
public sealed partial class LikelihoodWithConfidenceRule : ILintRule
{
    public string Id => "likelihood-with-confidence";

    public string Description => "A statement does not carry its likelihood and its confidence in one phrase.";

    public IEnumerable<LintFinding> Check(LintCase subject)
    {
        var terms = subject.Codebooks.Terms.Select(t => Regex.Escape(t.Term)).Distinct().OrderByDescending(t => t.Length);
        var likelihood = new Regex($@"\b({string.Join('|', terms)})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        foreach (var item in subject.Items.Where(i => i.Forecast is not null))
        {
            var forecast = item.Forecast!;
            if (forecast.Term is { } term && Confidence().IsMatch(term))
            {
                yield return subject.At(this, item, "forecast", $"the estimative term '{term}' also states a confidence; give the confidence on its own");
                continue;
            }

            var fused = Sentences.Of(forecast.Statement).FirstOrDefault(s => likelihood.IsMatch(s) && Confidence().IsMatch(s));
            if (fused is not null)
            {
                yield return subject.At(this, item, "forecast", "the statement carries a likelihood and a confidence in one phrase; keep each in its own field", fused);
            }
        }
    }

    [GeneratedRegex(@"\b((low|moderate|medium|high)[- ]confidence|confident(ly)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Confidence();
}
