using Entente.Ach;

namespace Entente.Core.Tests.Ach;

public sealed class AchSensitivityTests
{
    [Fact]
    public void The_margin_is_the_runner_up_score_minus_the_leader_score()
    {
        var sensitivity = AchScorer.Score(AchFixtures.HandScored(), sensitivity: true).Sensitivity!;

        Assert.Equal(("H1", "H2"), (sensitivity.Leader, sensitivity.RunnerUp));
        Assert.Equal(0.5, sensitivity.Margin, 9);
    }

    [Fact]
    public void Removing_the_heaviest_row_changes_the_leader_and_the_others_do_not()
    {
        // Without e1: H1 1.5, H2 0, H3 0; H2 leads (first of the tie).
        var sensitivity = AchScorer.Score(AchFixtures.HandScored(), sensitivity: true).Sensitivity!;

        var removal = Assert.Single(sensitivity.Removals);
        Assert.Equal(("e1", "H2"), (removal.Item, removal.NewLeader));
    }

    [Fact]
    public void The_smallest_re_rating_that_flips_the_leader_is_reported_per_row()
    {
        var sensitivity = AchScorer.Score(AchFixtures.HandScored(), sensitivity: true).Sensitivity!;
        var flips = sensitivity.Rerates.ToDictionary(f => f.Item);

        // e1 on H2 from I to N: H2 0 < H1 1.5. e2 on H1 from I to II: H1 2.5 > H2 2. e3 on H1 I to II only ties (2 = 2), and a tie keeps the leader.
        Assert.Equal(["e1", "e2"], flips.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("H2", AchRating.I, AchRating.N), (flips["e1"].Hypothesis, flips["e1"].From, flips["e1"].To));
        Assert.Equal(("H1", AchRating.I, AchRating.II), (flips["e2"].Hypothesis, flips["e2"].From, flips["e2"].To));
    }

    [Fact]
    public void History_names_the_rating_that_moved_the_conclusion()
    {
        var matrix = AchFixtures.HandScored();
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        AchRevision[] revisions =
        [
            new(1, at, "analyst", "bundle", matrix.Cells),
            new(2, at.AddDays(1), "analyst", "cli", [new AchCell("e3", "H2", AchRating.I, "re-read")]),
            new(3, at.AddDays(2), "analyst", "cli", [new AchCell("e1", "H2", AchRating.N, "on reflection neutral")]),
        ];

        var steps = AchHistory.Replay(matrix, revisions);

        Assert.Equal([null, "H1", "H1"], steps.Select(s => s.LeaderBefore));
        Assert.Equal(["H1", "H1", "H2"], steps.Select(s => s.LeaderAfter));
        Assert.False(steps[1].MovedLeader);
        var decisive = Assert.Single(steps[2].Changes, c => c.Decisive);
        Assert.Equal(("e1", "H2", AchRating.I, AchRating.N), (decisive.Item, decisive.Hypothesis, decisive.From, decisive.To));
    }
}
