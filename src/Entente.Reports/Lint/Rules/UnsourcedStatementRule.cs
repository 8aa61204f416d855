namespace Entente.Reports.Lint.Rules;

/// <summary>Every statement names where it comes from: an item without a citation, or citing a source the case lacks, is unsourced.</summary>
public sealed class UnsourcedStatementRule : ILintRule
{
    public string Id => "unsourced-statement";

    public string Description => "Every item cites at least one source the case holds.";

    public IEnumerable<LintFinding> Check(LintCase subject)
    {
        foreach (var item in subject.Items)
        {
            if (item.Sources.Count == 0)
            {
                yield return subject.At(this, item, "summary", "states something with no source; cite the work it comes from",
                    Sentences.Of(item.Summary).FirstOrDefault());
                continue;
            }

            foreach (var citation in item.Sources.Where(c => subject.Source(c.Source) is null))
            {
                yield return subject.At(this, item, "sources", $"cites '{citation.Source}', a source the case does not hold");
            }
        }
    }
}
