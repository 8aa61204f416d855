using Entente.Ach;
using Entente.Sources;

namespace Entente.Core.Tests.Ach;

public sealed class AchScorerTests
{
    [Fact]
    public void The_PARC_weighted_inconsistency_matches_the_hand_computed_scores()
    {
        var result = AchScorer.Score(AchFixtures.HandScored());

        Assert.Equal(["H1", "H2", "H3"], result.Scores.Select(s => s.Hypothesis));
        Assert.Equal(1.5, result.Scores[0].Inconsistency, 9);
        Assert.Equal(2.0, result.Scores[1].Inconsistency, 9);
        Assert.Equal(4.0, result.Scores[2].Inconsistency, 9);
    }

    [Fact]
    public void The_normalised_score_divides_by_the_most_inconsistency_the_rated_rows_could_carry()
    {
        var result = AchScorer.Score(AchFixtures.HandScored());

        // Each hypothesis is rated on all three rows: at most 2 × (2 + 1 + 0.5) = 7.
        Assert.Equal(1.5 / 7, result.Scores[0].Normalised, 9);
        Assert.Equal(4.0 / 7, result.Scores[2].Normalised, 9);
    }

    [Fact]
    public void Credibility_levels_come_from_the_grade_as_documented()
    {
        Assert.Equal(AchLevel.High, AchCredibility.FromGrade(Grade.Parse("B2")).Level);
        Assert.Equal(AchLevel.Medium, AchCredibility.FromGrade(Grade.Parse("C3")).Level);
        Assert.Equal(AchLevel.Medium, AchCredibility.FromGrade(Grade.Parse("A3")).Level);
        Assert.Equal(AchLevel.Low, AchCredibility.FromGrade(Grade.Parse("B4")).Level);
        Assert.Equal(AchLevel.Low, AchCredibility.FromGrade(null).Level);
    }

    [Fact]
    public void One_re_rating_flips_the_leader()
    {
        var before = AchScorer.Score(AchFixtures.HandScored());
        var after = AchScorer.Score(AchFixtures.HandScored(new AchCell("e1", "H2", AchRating.N, "on reflection neutral")));

        Assert.Equal("H1", before.Leader.Hypothesis);
        Assert.Equal("H2", after.Leader.Hypothesis);
        Assert.Equal(0.0, after.Leader.Inconsistency, 9);
    }

    [Fact]
    public void The_grade_filter_scores_only_rows_graded_well_enough()
    {
        var result = new AchFilter { MinGrade = Grade.Parse("B2") }.Score(AchFixtures.HandScored());

        Assert.Equal(2, result.ExcludedRows);
        Assert.Equal(1, result.Rows);
        Assert.Equal([0.0, 2.0, 4.0], result.Scores.Select(s => Math.Round(s.Inconsistency, 9)));
    }

    [Fact]
    public void Excluding_cautioned_items_drops_them_in_one_switch()
    {
        var matrix = AchFixtures.HandScored();
        matrix = matrix with { Rows = [matrix.Rows[0] with { Cautions = AchCaution.Deception }, matrix.Rows[1], matrix.Rows[2] with { Cautions = AchCaution.StateMedia }] };

        var result = new AchFilter { ExcludeFlagged = true }.Score(matrix);

        Assert.Equal(2, result.ExcludedRows);
        Assert.Equal([1.0, 0.0, 0.0], result.Scores.OrderBy(s => s.Hypothesis, StringComparer.Ordinal).Select(s => Math.Round(s.Inconsistency, 9)));
    }

    [Fact]
    public void A_row_inconsistent_with_every_hypothesis_is_non_diagnostic()
    {
        var matrix = AchFixtures.HandScored(new AchCell("e2", "H1", AchRating.I, "x"), new AchCell("e2", "H2", AchRating.I, "x"), new AchCell("e2", "H3", AchRating.I, "x"));

        var diagnosticity = AchScorer.Score(matrix).Diagnosticity.ToDictionary(d => d.Item);

        Assert.False(diagnosticity["e2"].IsDiagnostic);
        Assert.Equal(0, diagnosticity["e2"].Spread);
        Assert.True(diagnosticity["e1"].IsDiagnostic);
        Assert.Equal(3, diagnosticity["e1"].Spread);
    }

    [Fact]
    public void A_matrix_with_fewer_than_two_hypotheses_is_refused()
    {
        var matrix = AchFixtures.HandScored() with { Hypotheses = [new Hypothesis("H1", "only")] };

        var error = Assert.Throws<AchMatrixException>(() => AchScorer.Score(matrix));

        Assert.Contains("at least two", error.Message, StringComparison.Ordinal);
    }
}
