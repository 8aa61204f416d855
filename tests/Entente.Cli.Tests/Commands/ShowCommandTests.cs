namespace Entente.Cli.Tests.Commands;

public sealed class ShowCommandTests
{
    [Fact]
    public async Task An_item_is_shown_with_its_citations_grades_and_annotations_apart()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", "bundle", CliRun.Fixture("valid", "sample.yaml"));

        var result = await cli.RunAsync("show", "sample-air-patrol-2019");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Russian and Chinese long-range bombers", result.Out, StringComparison.Ordinal);
        Assert.Contains("Joint air patrol [Совместное воздушное патрулирование]", result.Out, StringComparison.Ordinal);
        Assert.Contains("B3", result.Out, StringComparison.Ordinal);
        Assert.Contains("Analyst annotations", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_id_shows_the_source_and_its_grade_rationale()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", "bundle", CliRun.Fixture("valid", "sample.yaml"));

        var result = await cli.RunAsync("show", "sample-mod-2019");

        Assert.Contains("figures not independently confirmed", result.Out, StringComparison.Ordinal);
        Assert.Contains("possibly true", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_id_exits_3_with_a_message()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("show", "no-such-item");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("no evidence item or source 'no-such-item'", result.Error, StringComparison.Ordinal);
    }
}
