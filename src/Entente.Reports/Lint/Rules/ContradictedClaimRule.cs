using System.Globalization;
using Entente.ArmsTrade;

namespace Entente.Reports.Lint.Rules;

/// <summary>A claim the imported data recompute to another value is flagged with both figures (from ClaimChecker).</summary>
public sealed class ContradictedClaimRule : ILintRule
{
    public string Id => "contradicted-claim";

    public string Description => "Claims agree with the imported data they can be recomputed from.";

    public IEnumerable<LintFinding> Check(LintCase subject)
    {
        var items = subject.Items.GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        foreach (var check in subject.ClaimChecks.Where(c => c.Verdict == ClaimVerdict.Differs))
        {
            var message = string.Create(CultureInfo.InvariantCulture,
                $"claims {check.Claimed} ({check.Metric}, {check.Period}); SIPRI release {check.Release} gives {check.Recomputed:0.##}");
            yield return items.TryGetValue(check.Item, out var item)
                ? subject.At(this, item, "claim", message)
                : new LintFinding(Id, check.Item, message);
        }
    }
}
