using System.Text.Json;
using Entente.Testing;

namespace Entente.Cli.Tests.Commands;

/// <summary>`entente panel` and `entente alignment`: formatting what Entente.Analysis answers, on the flagship case and the real SIPRI register.</summary>
public sealed class AnalysisCommandsTests
{
    private static async Task<CliRun> WithSipriAsync()
    {
        var cli = new CliRun();
        var import = await cli.RunAsync("import", "sipri", SharedData.Require("sipri", "Andrei", "trade-register.csv"));
        Assert.True(import.ExitCode == 0, import.Error + import.Out);
        return cli;
    }

    [Fact]
    public async Task Alignment_shows_the_ladder_for_2001_to_2020_with_the_evidence_for_each_rung_beside_reference_pairs()
    {
        using var cli = await WithSipriAsync();

        var result = await cli.RunAsync("alignment", "Russia", "China", "--compare", "USA-JPN", "--compare", "RUS-IND");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("RUS–CHN alignment ladder, 2001–2020", result.Out, StringComparison.Ordinal);
        Assert.Contains("USA–JPN alignment ladder, 2001–2020", result.Out, StringComparison.Ordinal);
        Assert.Contains("RUS–IND alignment ladder, 2001–2020", result.Out, StringComparison.Ordinal);
        Assert.Contains("2001–2020 by evidence[type=agreement] in-force: item:s8-treaty-good-neighbourliness-2001", result.Out.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("sipri:2024-04-13:RUS>IND:", result.Out, StringComparison.Ordinal);
        Assert.Contains("Side by side", result.Out, StringComparison.Ordinal);
        Assert.Contains("consultation: evidence[type=military-exchange] each 2y", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_panel_gives_the_same_transfer_figure_as_the_trade_command_and_links_its_exercises()
    {
        using var cli = await WithSipriAsync();

        var panel = JsonDocument.Parse((await cli.RunAsync("panel", "Russia", "China", "--json")).Out).RootElement;
        var trade = JsonDocument.Parse((await cli.RunAsync("trade", "Russia", "China", "--json")).Out).RootElement;

        var rows = panel.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        var tiv2019 = rows["trade.RUS>CHN.tiv"].GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("year").GetInt32() == 2019);
        Assert.Equal(trade.EnumerateArray().Single(r => r.GetProperty("year").GetInt32() == 2019).GetProperty("tiv").GetDecimal(), tiv2019.GetProperty("value").GetDecimal());
        var exercises2018 = rows["exercises.count"].GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("year").GetInt32() == 2018);
        Assert.Contains("item:s4-vostok-2018", exercises2018.GetProperty("links").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task The_panel_as_a_table_names_each_rows_source_and_as_CSV_has_one_line_per_row_and_year()
    {
        using var cli = new CliRun();

        var table = await cli.RunAsync("panel", "Russia", "China", "--from", "2015", "--to", "2019");
        var csv = await cli.RunAsync("panel", "RUS", "CHN", "--from", "2015", "--to", "2019", "--csv");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("RUS–CHN panel, 2015–2019", table.Out, StringComparison.Ordinal);
        Assert.Contains("evidence base (curated items)", table.Out, StringComparison.Ordinal);
        Assert.Contains("Missing: SIPRI", table.Error, StringComparison.Ordinal);
        var lines = csv.OutLines;
        Assert.Equal("dyad,section,row,label,unit,source,year,state,value,low,high,text,links", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("RUS–CHN,exercises,exercises.count,Joint exercises and patrols,items,evidence base (curated items),2019,value,", StringComparison.Ordinal));
        Assert.Equal(0, (lines.Count - 1) % 5);
    }

    [Fact]
    public async Task A_ladder_codebook_with_an_error_is_refused_at_its_line_and_column()
    {
        using var cli = new CliRun();
        var file = cli.Dir.File("team-ladder.tsv");
        await File.WriteAllTextAsync(file, "id\tstage\tlabel\tcriterion\tbasis\tstatus\tnote\ntreaty\tmoderate\tTreaty\tevidence[typ=agreement] in-force\tKorolev\tsettled\t\n", TestContext.Current.CancellationToken);

        var result = await cli.RunAsync("alignment", "RUS", "CHN", "--ladder", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}:2:33: evidence has no filter 'typ'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_composite_index_shows_its_weights_and_their_sensitivity_and_refuses_an_unknown_rung()
    {
        using var cli = new CliRun();

        var index = await cli.RunAsync("alignment", "RUS", "CHN", "--compare", "USA-JPN", "--weight", "mutual-defence=3");
        var bad = await cli.RunAsync("alignment", "RUS", "CHN", "--weight", "alliance=3");

        Assert.Equal(0, index.ExitCode);
        Assert.Contains("Weights and their sensitivity", index.Out, StringComparison.Ordinal);
        Assert.Contains("│ mutual-defence        │ 3 ", index.Out, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("'alliance' is not a rung", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_a_usage_error()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("panel", "RUS", "CHN", "--from", "2020", "--to", "2001");

        Assert.Equal(2, result.ExitCode);
    }
}
