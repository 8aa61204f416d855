using Entente.Evidence;

namespace Entente.Reports.Lint.Rules;

/// <summary>
/// One number entered twice under two measures (two S-400 sets as "units ordered" and again as "systems") is
/// counted twice by every sum; an item gives each quantity once.
/// </summary>
public sealed class DuplicateQuantityRule : ILintRule
{
    private static readonly HashSet<string> Counts = ["units-ordered", "units-delivered"];
    private static readonly HashSet<string> Equipment = ["equipment", "aircraft", "helicopters", "ships", "vehicles", "systems", "missiles"];

    public string Id => "duplicate-quantity";

    public string Description => "An item gives each quantity once, not as a count and again as the equipment counted.";

    public IEnumerable<LintFinding> Check(LintCase subject)
    {
        foreach (var item in subject.Items)
        {
            var q = item.Quantities;
            for (var i = 0; i < q.Count; i++)
            {
                for (var j = i + 1; j < q.Count; j++)
                {
                    if (IsSameQuantity(q[i], q[j]))
                    {
                        yield return subject.At(this, item, "quantities",
                            $"gives {q[i].Describe()} as {q[i].Measure} and {q[j].Describe()} as {q[j].Measure}: the same number entered twice");
                    }
                }
            }
        }
    }

    private static bool IsSameQuantity(Quantity a, Quantity b) =>
        a.Value == b.Value && a.Actor == b.Actor
        && ((a.Measure == b.Measure && a.Unit == b.Unit && a.Note == b.Note)
            || (Counts.Contains(a.Measure) && Equipment.Contains(b.Measure))
            || (Equipment.Contains(a.Measure) && Counts.Contains(b.Measure)));
}
