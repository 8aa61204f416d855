using Entente.Analysis.Datasets;
using Entente.Analysis.Ladder;
using static Entente.Analysis.Tests.DyadFixture;

namespace Entente.Analysis.Tests.Ladder;

/// <summary>
/// The shipped ladder on fixture evidence, every expected state worked out by hand from the criteria:
/// an agreement in 2001; exercises in 2005, 2006 and 2008; military exchanges in 2006 and 2007 (so the curated evidence
/// covers 2001–2008); ATOP imported for 1990–2016 with one non-aggression pact from 2001; MME imported (1980–2010), no rows.
/// </summary>
public sealed class LadderEvaluatorTests
{
    private static readonly DatasetRows Datasets = new()
    {
        AtopYears = new YearRange(1990, 2016),
        MmeYears = new YearRange(1980, 2010),
        Alliances = [new SharedAlliance { Key = "atop:4980", AtopId = 4980, FirstYear = 2001, NonAggression = true }],
    };

    private static readonly AlignmentLadder Ladder = LadderEvaluator.Evaluate(LadderCodebook.Shipped, Inputs(
    [
        Item("treaty", "agreement", "2001-07-16", "RUS", "CHN"),
        Item("ex-2005", "exercise", "2005-08", "RUS", "CHN"),
        Item("ex-2006", "exercise", "2006", "RUS", "CHN"),
        Item("ex-2008", "patrol", "2008-10", "RUS", "CHN"),
        Item("visit-2006", "military-exchange", "2006-03", "RUS", "CHN"),
        Item("visit-2007", "military-exchange", "2007-05", "RUS", "CHN"),
    ], Datasets), 1990, 2017);

    private static RungYear At(string rung, int year) => Ladder.Rungs.Single(r => r.Rung.Id == rung).In(year)!;

    [Fact]
    public void Regular_exercises_are_met_only_in_a_year_that_follows_a_year_with_an_exercise()
    {
        Assert.Equal(RungState.NotMet, At("exercises", 2005).State);
        Assert.Equal(RungState.Met, At("exercises", 2006).State);
        Assert.Equal(["item:ex-2005", "item:ex-2006"], At("exercises", 2006).Links);
        Assert.Equal(RungState.NotMet, At("exercises", 2007).State);
        Assert.Equal(RungState.NotMet, At("exercises", 2008).State);
    }

    [Fact]
    public void Consultation_needs_exchanges_two_years_running_when_ATOP_codes_no_duty_to_consult()
    {
        Assert.Equal(RungState.NotMet, At("consultation", 2006).State);
        Assert.Equal(RungState.Met, At("consultation", 2007).State);
        Assert.Equal(["item:visit-2006", "item:visit-2007"], At("consultation", 2007).Links);
        Assert.Equal(RungState.NotMet, At("consultation", 2008).State);
    }

    [Fact]
    public void A_treaty_stays_in_force_and_is_met_by_both_the_item_and_the_ATOP_row()
    {
        Assert.Equal(["item:treaty"], At("treaty", 2001).Links);
        Assert.Equal(RungState.Met, At("treaty", 2008).State);
        Assert.Equal("evidence[type=agreement] in-force", At("treaty", 2008).MetBy);
        Assert.Equal(RungState.Met, At("confidence-building", 2003).State);
        Assert.Equal(["atop:4980"], At("confidence-building", 2003).Links);
    }

    [Fact]
    public void A_year_no_source_covers_is_unknown_not_unmet()
    {
        // 2000: ATOP covers it (no alliance yet), the curated evidence starts in 2001: the or-clause cannot be settled.
        Assert.Equal(RungState.Unknown, At("treaty", 2000).State);
        // 2017: past ATOP's coverage, the defence obligation is unknown; inside it, not met.
        Assert.Equal(RungState.Unknown, At("mutual-defence", 2017).State);
        Assert.Equal(RungState.NotMet, At("mutual-defence", 2016).State);
    }

    [Fact]
    public void Years_before_Russia_existed_are_no_pair_on_every_rung()
    {
        Assert.All(Ladder.Rungs, r => Assert.Equal(RungState.NoState, r.In(1990)!.State));
        Assert.All(Ladder.Rungs, r => Assert.NotEqual(RungState.NoState, r.In(1991)!.State));
    }

    [Fact]
    public void The_count_of_rungs_met_per_stage_adds_up_the_grid()
    {
        // 2007: treaty, consultation, confidence-building met; exercises not; military-technical unknown (no SIPRI, no deal items).
        Assert.Equal(3, Ladder.MetIn(2007, Stage.Moderate));
        Assert.Equal(0, Ladder.MetIn(2007, Stage.Deep));
    }
}
