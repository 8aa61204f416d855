using System.Globalization;
using Entente.Analysis.Ladder;
using Entente.Analysis.Panel;
using Entente.Testing;

namespace Entente.Analysis.Tests.RealData;

/// <summary>USA–JPN, a pair no one has curated, answered from the imported datasets alone and checked against independent recounts.</summary>
public sealed class DatasetsOnlyPanelTests(RealDatasets data) : IClassFixture<RealDatasets>
{
    [Fact]
    public async Task USA_to_Japan_transfers_equal_an_independent_sum_of_the_registers_delivery_rows()
    {
        var panel = await data.Analysis.PanelAsync("USA", "JPN", 2001, 2020, TestContext.Current.CancellationToken);

        var rows = PlainCsv.Records(RealDatasets.Register).SkipWhile(r => r[0] != "SIPRI AT Database ID").Skip(1).ToList();
        foreach (var year in new[] { 2005, 2015, 2019 })
        {
            var independent = rows.Where(r => r.Length > 15 && r[1] == "United States" && r[2] == "Japan" && r[10] == year.ToString(CultureInfo.InvariantCulture))
                .Sum(r => decimal.Parse(r[15], CultureInfo.InvariantCulture));
            Assert.Equal(independent, panel.Row("trade.USA>JPN.tiv")!.In(year)!.Value);
        }

        Assert.Contains(panel.Sources, s => s.Contains("release 2024-04-13", StringComparison.Ordinal));
        Assert.NotEmpty(panel.Row("trade.USA>JPN.tiv")!.In(2019)!.Links);
    }

    [Fact]
    public async Task USA_Japan_alliances_in_force_equal_an_independent_count_of_ATOP_member_rows()
    {
        var panel = await data.Analysis.PanelAsync("USA", "JPN", 2001, 2020, TestContext.Current.CancellationToken);

        var members = PlainCsv.Records(RealDatasets.AtopMembers).ToList();
        var col = members[0].Select((h, i) => (h, i)).ToDictionary(c => c.h, c => c.i);
        int Int(string[] r, string c) => int.Parse(r[col[c]], CultureInfo.InvariantCulture);
        bool Active(string[] r, int year) => Int(r, "yrent") <= year && (Int(r, "yrexit") == 0 || Int(r, "yrexit") >= year);
        var independent = members.Skip(1).Where(r => Active(r, 2010)).GroupBy(r => r[col["atopid"]])
            .Count(g => g.Any(r => r[col["member"]] == "2") && g.Any(r => r[col["member"]] == "740"));

        Assert.True(independent >= 1);
        Assert.Equal(independent, panel.Row("agreements.atop")!.In(2010)!.Value);
        Assert.True(panel.Row("agreements.atop.defense")!.In(2010)!.Value >= 1);
        Assert.Equal(CellState.Missing, panel.Row("agreements.atop")!.In(2017)!.State);
        Assert.InRange(panel.Row("similarity.s-score")!.In(2010)!.Value!.Value, -1m, 1m);
    }

    [Fact]
    public async Task A_pair_without_curated_evidence_shows_its_curated_rows_as_missing_and_MME_exercises_as_counted()
    {
        var panel = await data.Analysis.PanelAsync("USA", "JPN", 2001, 2020, TestContext.Current.CancellationToken);

        Assert.All(panel.Row("exercises.count")!.Cells, c => Assert.Equal(CellState.Missing, c.State));
        Assert.True(panel.Row("exercises.mme.count")!.In(2005)!.Value > 0);
        Assert.Equal(CellState.Missing, panel.Row("exercises.mme.count")!.In(2011)!.State);
    }

    [Fact]
    public async Task The_ideal_point_distance_sits_inside_its_interval_and_is_missing_outside_the_files_years()
    {
        var panel = await data.Analysis.PanelAsync("RUS", "CHN", 2001, 2030, TestContext.Current.CancellationToken);

        var row = panel.Row("similarity.ideal-point-distance")!;
        var cell = row.In(2010)!;
        Assert.InRange(cell.Value!.Value, cell.Low!.Value, cell.High!.Value);
        Assert.Equal(["unga:365:2010", "unga:710:2010"], cell.Links);
        Assert.Equal(CellState.Missing, row.In(2030)!.State);
    }

    [Fact]
    public async Task USA_Japan_meets_the_mutual_defence_rung_from_ATOP_alone()
    {
        var ladder = await data.Analysis.AlignmentAsync("USA", "JPN", 2001, 2016, cancellationToken: TestContext.Current.CancellationToken);

        var defence = ladder.Rungs.Single(r => r.Rung.Id == "mutual-defence");
        Assert.All(defence.Years, y => Assert.Equal(RungState.Met, y.State));
        Assert.All(defence.Years, y => Assert.All(y.Links, l => Assert.StartsWith("atop:", l, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Years_before_Russia_existed_are_empty_in_every_row()
    {
        var panel = await data.Analysis.PanelAsync("RUS", "CHN", 1989, 1993, TestContext.Current.CancellationToken);

        Assert.All(panel.Rows, r => Assert.Equal(CellState.NoState, r.In(1990)!.State));
        Assert.Equal(CellState.Value, panel.Row("trade.RUS>CHN.tiv")!.In(1992)!.State);
    }
}
