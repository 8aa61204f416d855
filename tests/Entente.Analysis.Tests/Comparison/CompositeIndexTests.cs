using Entente.Analysis.Comparison;
using Entente.Analysis.Ladder;

namespace Entente.Analysis.Tests.Comparison;

/// <summary>The index on two hand-made ladders of two rungs (a moderate one weighing 1, a deep one weighing 2).</summary>
public sealed class CompositeIndexTests
{
    private static readonly LadderCodebook Codebook = LadderCodebook.Parse("two.tsv",
        "id\tstage\tlabel\tcriterion\tbasis\tstatus\tnote\n"
        + "treaty\tmoderate\tTreaty\tevidence[type=agreement] in-force\tfixture\tsettled\t\n"
        + "defence\tdeep\tDefence\tatop[obligation=defense] in-force\tfixture\tsettled\t\n");

    private static AlignmentLadder Ladder(string a, string b, RungState treaty, RungState defence) => new()
    {
        A = a,
        B = b,
        From = 2010,
        To = 2010,
        Codebook = Codebook.Name,
        Rungs = [new RungResult(Codebook.Rungs[0], [new RungYear(2010, treaty, [])]), new RungResult(Codebook.Rungs[1], [new RungYear(2010, defence, [])])],
    };

    private static readonly AlignmentLadder[] Ladders =
    [
        Ladder("RUS", "CHN", RungState.Met, RungState.Unknown),
        Ladder("USA", "JPN", RungState.Met, RungState.Met),
    ];

    [Fact]
    public void The_score_is_the_weighted_share_met_with_unknown_rungs_as_its_range()
    {
        var index = CompositeIndex.Of(Ladders, CompositeWeights.Default(Codebook));

        Assert.Equal(new Dictionary<string, double> { ["treaty"] = 1, ["defence"] = 2 }, index.Weights.ByRung);
        Assert.Equal(new CompositeScore("RUS–CHN", 2010, 0.3333, 1), index.Scores[0]);
        Assert.Equal(new CompositeScore("USA–JPN", 2010, 1, 1), index.Scores[1]);
        Assert.Equal(["USA–JPN", "RUS–CHN"], index.Ranking);
    }

    [Fact]
    public void Sensitivity_says_how_far_each_weight_moves_the_scores_and_whether_the_ranking_turns()
    {
        var index = CompositeIndex.Of(Ladders, CompositeWeights.Default(Codebook));
        var defence = index.Sensitivity.Single(s => s.Rung == "defence");
        var treaty = index.Sensitivity.Single(s => s.Rung == "treaty");

        // Dropping the defence weight lifts RUS–CHN from 1/3 to 1 and leaves USA–JPN at 1: mean shift (2/3 + 0) / 2.
        Assert.Equal(0.3333, defence.ShiftIfDropped, 3);
        Assert.True(defence.RankingChangesIfDropped);
        // Doubling the treaty weight: RUS–CHN 2/4 = 0.5, a shift of 1/6 on one pair of two.
        Assert.Equal(0.0833, treaty.ShiftIfDoubled, 3);
        Assert.False(treaty.RankingChangesIfDoubled);
    }

    [Theory]
    [InlineData("treaty")]
    [InlineData("treaty=-1")]
    [InlineData("alliance=2")]
    public void A_bad_weight_override_is_refused(string text) =>
        Assert.Throws<FormatException>(() => CompositeWeights.Parse(Codebook, [text]));
}
