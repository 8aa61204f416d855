using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary>`entente warnings` on the flagship: run, board by status, acknowledgement, rule files with errors.</summary>
public sealed class WarningsCommandTests
{
    private static Dictionary<string, JsonElement> ByRule(CliResult result) =>
        JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("rule").GetString()!);

    [Fact]
    public async Task A_run_evaluates_every_shipped_rule_and_shows_what_fired_and_why()
    {
        using var cli = new CliRun();

        var run = ByRule(await cli.RunAsync("warnings", "--run", "--json"));

        Assert.Equal(7, run.Count);
        var theatres = run["two-theatres-30-days"];
        Assert.Equal("triggered", theatres.GetProperty("status").GetProperty("state").GetString());
        Assert.Contains(theatres.GetProperty("findings").EnumerateArray(), f =>
            f.GetProperty("refs").EnumerateArray().Select(r => r.GetString()).SequenceEqual(["s4-mosi-2019-south-africa", "s4-marine-security-belt-2019-iran"]));
        Assert.Equal("quiet", run["military-cooperation-spike"].GetProperty("status").GetProperty("state").GetString());
        Assert.Contains("no event warehouse", run["military-cooperation-spike"].GetProperty("no_data").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_acknowledged_rule_stays_acknowledged_on_the_next_run_and_the_board_groups_by_status()
    {
        using var cli = new CliRun();
        await cli.RunAsync("warnings", "--run");

        var ack = await cli.RunAsync("warnings", "ack", "espionage-case", "--author", "tester");
        var rerun = ByRule(await cli.RunAsync("warnings", "--run", "--json"));
        var board = await cli.RunAsync("warnings");

        Assert.True(ack.ExitCode == 0, ack.Error);
        Assert.Equal("acknowledged", rerun["espionage-case"].GetProperty("status").GetProperty("state").GetString());
        var lines = board.OutLines.Where(l => l.Contains("│ triggered", StringComparison.Ordinal) || l.Contains("│ acknowledged", StringComparison.Ordinal) || l.Contains("│ quiet", StringComparison.Ordinal)).ToList();
        Assert.True(lines.FindLastIndex(l => l.Contains("│ triggered", StringComparison.Ordinal)) < lines.FindIndex(l => l.Contains("│ acknowledged", StringComparison.Ordinal)));
        Assert.True(lines.FindIndex(l => l.Contains("│ acknowledged", StringComparison.Ordinal)) < lines.FindIndex(l => l.Contains("│ quiet", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_rule_file_with_an_unknown_field_is_reported_at_its_line_and_column_and_nothing_runs()
    {
        using var cli = new CliRun();
        var path = cli.Dir.Write("mine.yaml", "rules:\n  - id: mine\n    title: Mine\n    kind: any\n    colour: red\n");

        var result = await cli.RunAsync("warnings", "--run", "--rule", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("mine.yaml:5:5: unknown field 'colour' in rule", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_file_given_on_the_command_line_is_run_alone()
    {
        using var cli = new CliRun();
        var path = cli.Dir.Write("mine.yaml", "rules:\n  - id: quiet-seas\n    title: No joint naval exercise for two years\n    kind: flatline\n    match: {series: [Joint Sea]}\n    window_days: 730\n");

        var run = ByRule(await cli.RunAsync("warnings", "--run", "--rule", path, "--as-of", "2020-11-30", "--json"));

        var rule = Assert.Single(run).Value;
        // Joint Sea 2012 (Yellow Sea) ends 2012-12-31; the next, 2015, starts 2015-01-01: 731 days.
        Assert.Equal("triggered", rule.GetProperty("status").GetProperty("state").GetString());
        Assert.Equal(["s4-joint-sea-2012-yellow-sea"], rule.GetProperty("findings").EnumerateArray().SelectMany(f => f.GetProperty("refs").EnumerateArray()).Select(r => r.GetString()));
    }
}
