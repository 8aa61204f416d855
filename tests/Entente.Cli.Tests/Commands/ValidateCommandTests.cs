using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Five_deliberate_errors_give_five_file_line_col_lines_and_exit_1()
    {
        using var cli = new CliRun();
        var path = CliRun.Fixture("invalid", "five-errors.yaml");

        var result = await cli.RunAsync("validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(5, result.OutLines.Count);
        Assert.All(result.OutLines, l => Assert.Matches(@"^.+five-errors\.yaml:\d+:\d+: .+", l));
        Assert.Contains("5 problem(s)", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.DbPath), "validate must not create or touch a store");
    }

    [Fact]
    public async Task A_valid_bundle_exits_0_and_says_what_it_holds()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("validate", CliRun.Fixture("valid", "sample.yaml"));

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("valid — 1 actors, 2 sources, 3 items", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_output_lists_every_problem_with_its_position()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("validate", CliRun.Fixture("invalid", "five-errors.yaml"), "--json");

        using var json = JsonDocument.Parse(result.Out);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        Assert.Equal(5, json.RootElement.GetProperty("problems").GetArrayLength());
        Assert.Equal(13, json.RootElement.GetProperty("problems")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task The_shipped_flagship_case_validates()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("validate", Entente.Testing.Repository.FlagshipCase);

        Assert.True(result.ExitCode == 0, result.Out);
    }
}
