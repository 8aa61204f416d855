using Entente.Sources;

namespace Entente.Ach;

/// <summary>
/// An item's credibility level for ACH, taken from the best Admiralty grade among its cited sources:
/// high for A–B reliability with 1–2 credibility (confirmed or probably true from a usually reliable source),
/// medium for up to C3, low for anything worse or ungraded. The analyst may override it, giving a reason.
/// </summary>
public sealed record AchCredibility(AchLevel Level, string Basis)
{
    public static AchCredibility FromGrade(Grade? grade) => grade switch
    {
        null => new AchCredibility(AchLevel.Low, "no graded source"),
        { Reliability: <= Reliability.B, Credibility: <= 2 } => new AchCredibility(AchLevel.High, $"grade {grade.Code}"),
        { Reliability: <= Reliability.C, Credibility: <= 3 } => new AchCredibility(AchLevel.Medium, $"grade {grade.Code}"),
        _ => new AchCredibility(AchLevel.Low, $"grade {grade.Code}"),
    };

    public static AchCredibility Override(AchLevel level, string reason) => new(level, $"analyst: {reason}");

    /// <summary>The better of two grades: reliability first, then credibility.</summary>
    public static Grade? Best(IEnumerable<Grade?> grades) =>
        grades.OfType<Grade>().OrderBy(g => g.Reliability).ThenBy(g => g.Credibility).FirstOrDefault();
}
