using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary>The flagship case as a newcomer meets it through the command line.</summary>
public sealed class FlagshipCaseCliTests
{
    // Section 4 of the paper: every named exercise and patrol in which both Russia and China took part.
    private static readonly (string Series, string? Edition)[] SectionFourExercises =
    [
        ("Coalition", "2003"), ("Cooperation", "2019"), ("Joint Sea", "2012"), ("Joint Sea", "2015"), ("Joint Sea", "2017"), ("Joint Sea", "2019"),
        ("Mosi", "2019"), ("Marine Security Belt", "2019"), ("Vostok", "2018"), ("Tsentr", "2019"), ("Kavkaz", "2020"), ("Aviadarts", null),
        ("joint air patrol", "2019"),
    ];

    [Fact]
    public async Task The_exercises_theme_lists_every_exercise_of_section_4_with_numbers_and_citations()
    {
        using var cli = new CliRun();

        var json = await cli.RunAsync("evidence", "--dyad", "RUS-CHN", "--theme", "exercises", "--json");
        var table = await cli.RunAsync("evidence", "--dyad", "RUS-CHN", "--theme", "exercises");

        var items = JsonDocument.Parse(json.Out).RootElement.EnumerateArray().ToList();
        foreach (var (series, edition) in SectionFourExercises)
        {
            var match = items.Where(i => i.TryGetProperty("exercise", out var e)
                && e.TryGetProperty("series", out var s) && s.GetString() == series
                && (edition is null || (e.TryGetProperty("edition", out var ed) && ed.GetString() == edition))).ToList();
            Assert.True(match.Count > 0, $"{series} {edition} is missing");
            Assert.All(match, i => Assert.True(i.GetProperty("sources").GetArrayLength() > 0));
        }

        Assert.Contains("personnel: 3200 persons", table.Out, StringComparison.Ordinal);
        Assert.Contains("equipment: 900 pieces", table.Out, StringComparison.Ordinal);
        Assert.Contains("icds-2020-convenience fn", table.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("claim", 40)]
    [InlineData("forecast", 20)]
    [InlineData("judgement", 10)]
    public async Task Claims_forecasts_and_judgements_are_queryable_by_type(string type, int atLeast)
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("evidence", "--type", type, "--json");

        var items = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.True(items.Count >= atLeast, $"{items.Count} {type} items");
        Assert.All(items, i => Assert.Equal(type, i.GetProperty("type").GetString()));
    }

    [Theory]
    [InlineData("rationale")]
    [InlineData("military-relations")]
    [InlineData("defence-trade")]
    [InlineData("procurement-rd")]
    [InlineData("competition")]
    [InlineData("arctic")]
    [InlineData("espionage")]
    [InlineData("alliance")]
    [InlineData("conclusions")]
    public async Task Every_section_lists_by_theme_with_footnoted_sources(string theme)
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("evidence", "--theme", theme, "--json");

        var items = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.Contains(items, i => i.GetProperty("sources").EnumerateArray().Any(s => s.TryGetProperty("footnote", out _)));
    }
}
