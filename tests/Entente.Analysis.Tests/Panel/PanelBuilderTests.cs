using Entente.Analysis.Datasets;
using Entente.Analysis.Panel;
using Entente.Evidence;
using static Entente.Analysis.Tests.DyadFixture;

namespace Entente.Analysis.Tests.Panel;

/// <summary>Missing against zero, states that did not exist, and the links behind cells, on inputs worked out by hand.</summary>
public sealed class PanelBuilderTests
{
    [Fact]
    public void Transfers_are_missing_outside_the_release_zero_inside_it_and_empty_before_Russia_existed()
    {
        var row = PanelBuilder.Build(Inputs([], trade: Trade()), 1990, 2012).Row("trade.RUS>CHN.tiv")!;

        Assert.Equal(CellState.NoState, row.In(1990)!.State);
        Assert.Equal(CellState.Missing, row.In(1999)!.State);
        Assert.Equal((CellState.Value, 0m), (row.In(2000)!.State, row.In(2000)!.Value));
        Assert.Equal(100m, row.In(2005)!.Value);
        Assert.Equal(CellState.Missing, row.In(2011)!.State);
        Assert.Null(row.In(1999)!.Value);
    }

    [Fact]
    public void Shares_and_ranks_come_from_the_SIPRI_matrix()
    {
        var panel = PanelBuilder.Build(Inputs([], trade: Trade()), 2005, 2007);

        // 2005: China imports 100 from Russia and 25 from the USA: 80 %, Russia first; 2006: nothing, no rank.
        Assert.Equal(80m, panel.Row("trade.RUS>CHN.share-of-imports")!.In(2005)!.Value);
        Assert.Equal(1m, panel.Row("trade.RUS>CHN.rank")!.In(2005)!.Value);
        Assert.Equal("none", panel.Row("trade.RUS>CHN.rank")!.In(2006)!.Text);
        Assert.Null(panel.Row("trade.RUS>CHN.rank")!.In(2006)!.Value);
    }

    [Fact]
    public void A_pair_without_curated_items_has_missing_evidence_rows_never_zeros()
    {
        var panel = PanelBuilder.Build(Inputs([], trade: Trade(), a: "USA", b: "CHN"), 2001, 2010);

        Assert.All(panel.Rows.Where(r => r.Source.StartsWith("evidence base", StringComparison.Ordinal)).SelectMany(r => r.Cells),
            c => Assert.Equal(CellState.Missing, c.State));
        Assert.Equal(25m, panel.Row("trade.USA>CHN.tiv")!.In(2005)!.Value);
        Assert.Contains(panel.Absent, a => a.StartsWith("evidence base", StringComparison.Ordinal));
    }

    [Fact]
    public void Exercises_count_inside_the_curated_years_with_their_items_and_an_unreported_size_is_missing()
    {
        var sco = Item("sco-2007", "exercise", "2007-08", "RUS", "CHN", "KAZ", "KGZ") with
        {
            Quantities = [new Quantity { Measure = "personnel", Value = 6500, Unit = "persons" }],
        };
        var panel = PanelBuilder.Build(Inputs([Item("treaty", "agreement", "2001"), Item("joint-2005", "exercise", "2005", "RUS", "CHN"), sco]), 2000, 2008);

        Assert.Equal(CellState.Missing, panel.Row("exercises.count")!.In(2000)!.State);
        Assert.Equal(0m, panel.Row("exercises.count")!.In(2004)!.Value);
        Assert.Equal(["item:joint-2005"], panel.Row("exercises.bilateral")!.In(2005)!.Links);
        Assert.Equal(["item:sco-2007"], panel.Row("exercises.multilateral")!.In(2007)!.Links);
        Assert.Equal(6500m, panel.Row("exercises.personnel")!.In(2007)!.Value);
        Assert.Equal((CellState.Missing, "not reported"), (panel.Row("exercises.personnel")!.In(2005)!.State, panel.Row("exercises.personnel")!.In(2005)!.Text));
        Assert.Equal(CellState.Missing, panel.Row("exercises.count")!.In(2008)!.State);
    }

    [Fact]
    public void Event_rows_are_missing_without_a_warehouse_and_zero_in_a_covered_year_without_events()
    {
        var without = PanelBuilder.Build(Inputs([]), 2015, 2016);
        var covered = PanelBuilder.Build(Inputs([]) with { EventYears = new HashSet<int> { 2016 } }, 2015, 2016);

        Assert.Null(without.Row("events.count"));
        Assert.Equal(CellState.Missing, covered.Row("events.count")!.In(2015)!.State);
        Assert.Equal(0m, covered.Row("events.count")!.In(2016)!.Value);
        Assert.Equal("no events", covered.Row("events.goldstein")!.In(2016)!.Text);
    }

    [Fact]
    public void ATOP_alliances_count_while_in_force_with_the_obligations_and_the_row_keys()
    {
        var rows = new DatasetRows
        {
            AtopYears = new YearRange(1815, 2016),
            Alliances = [new SharedAlliance { Key = "atop:4980", AtopId = 4980, FirstYear = 2001, NonAggression = true, Consultation = true }],
        };
        var panel = PanelBuilder.Build(Inputs([], rows), 2000, 2017);

        Assert.Equal(0m, panel.Row("agreements.atop")!.In(2000)!.Value);
        Assert.Equal(["atop:4980"], panel.Row("agreements.atop.consul")!.In(2010)!.Links);
        Assert.Equal(0m, panel.Row("agreements.atop.defense")!.In(2010)!.Value);
        Assert.Equal(CellState.Missing, panel.Row("agreements.atop")!.In(2017)!.State);
    }
}
