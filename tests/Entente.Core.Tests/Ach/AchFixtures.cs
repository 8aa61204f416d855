using Entente.Ach;
using Entente.Sources;

namespace Entente.Core.Tests.Ach;

/// <summary>
/// A matrix small enough to score by hand. Row weights (credibility × relevance): e1 A1/high = √2·√2 = 2,
/// e2 C3/medium = 1·1 = 1, e3 D4/low = (1/√2)·(1/√2) = 0.5.
/// Scores: H1 = 0·2 + 1·1 + 1·0.5 = 1.5; H2 = 1·2 + 0 + 0 = 2; H3 = 2·2 + 0 + 0 = 4.
/// Unweighted counts would be H1 2, H2 1, H3 2, so the weighting decides the leader.
/// </summary>
internal static class AchFixtures
{
    public static AchMatrix HandScored(params AchCell[] changes)
    {
        AchCell[] cells =
        [
            new("e1", "H1", AchRating.C, "fits"), new("e1", "H2", AchRating.I, "against"), new("e1", "H3", AchRating.II, "strongly against"),
            new("e2", "H1", AchRating.I, "against"), new("e2", "H2", AchRating.N, "neutral"), new("e2", "H3", AchRating.C, "fits"),
            new("e3", "H1", AchRating.I, "against"), new("e3", "H2", AchRating.C, "fits"), new("e3", "H3", AchRating.C, "fits"),
        ];
        var merged = cells.Where(c => !changes.Any(x => x.Item == c.Item && x.Hypothesis == c.Hypothesis)).Concat(changes).ToList();
        return new AchMatrix
        {
            Case = "hand",
            Hypotheses = [new("H1", "first"), new("H2", "second"), new("H3", "third")],
            Rows =
            [
                Row("e1", "A1", AchLevel.High),
                Row("e2", "C3", AchLevel.Medium),
                Row("e3", "D4", AchLevel.Low),
            ],
            Cells = merged,
        };
    }

    private static AchRow Row(string item, string grade, AchLevel relevance) => new()
    {
        Item = item,
        Grade = Grade.Parse(grade),
        Credibility = AchCredibility.FromGrade(Grade.Parse(grade)),
        Relevance = relevance,
    };
}
