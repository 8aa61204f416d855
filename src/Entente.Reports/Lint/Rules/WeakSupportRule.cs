using Entente.Evidence;
using Entente.Sources;

namespace Entente.Reports.Lint.Rules;

/// <summary>
/// A judgement rests on at least one source graded B2 or better (the citation's own credibility, where given,
/// overrides the source's); one resting only on weaker sources is flagged.
/// </summary>
public sealed class WeakSupportRule : ILintRule
{
    private static readonly Grade Minimum = new(Reliability.B, 2);

    public string Id => "weak-support";

    public string Description => "Every judgement cites at least one source graded B2 or better.";

    public IEnumerable<LintFinding> Check(LintCase subject)
    {
        foreach (var item in subject.Items.Where(IsJudgement))
        {
            var grades = item.Sources.Select(c => GradeOf(subject, c)).ToList();
            if (item.Sources.Count > 0 && !grades.Any(g => g?.Meets(Minimum) ?? false))
            {
                var best = string.Join(", ", item.Sources.Select((c, i) => $"{c.Source} {grades[i]?.Code ?? "ungraded"}"));
                yield return subject.At(this, item, "sources", $"is a judgement with no supporting source graded B2 or better ({best})");
            }
        }
    }

    private static bool IsJudgement(EvidenceItem item) => item.Type == "judgement";

    /// <summary>The source's grade, with the citation's credibility where the item states one for this piece of information.</summary>
    public static Grade? GradeOf(LintCase subject, Citation citation) =>
        subject.Source(citation.Source)?.Grade is { } grade
            ? citation.Credibility is { } credibility ? grade with { Credibility = credibility } : grade
            : null;
}
