using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary>`entente forecasts`, `forecasts update` and `forecasts resolve` on the flagship's forecasts.</summary>
public sealed class ForecastsCommandTests
{
    private const string Zapad = "s4-forecast-zapad-2021-pla-contingent";

    [Fact]
    public async Task Flagship_forecasts_past_their_due_date_are_listed()
    {
        using var cli = new CliRun();

        var due = JsonDocument.Parse((await cli.RunAsync("forecasts", "--due", "--as-of", "2026-11-29", "--json")).Out).RootElement.EnumerateArray().ToList();

        Assert.Contains(due, f => f.GetProperty("id").GetString() == "s1-nato-cohesion-forecast");
        Assert.All(due, f => Assert.True(f.GetProperty("due").GetString()!.CompareTo("2026-11-29") < 0));
    }

    [Fact]
    public async Task A_flagship_forecast_is_updated_resolved_with_evidence_and_scored()
    {
        using var cli = new CliRun();

        var update = await cli.RunAsync("forecasts", "update", Zapad, "0.8", "--on", "2021-01-01");
        var resolve = await cli.RunAsync("forecasts", "resolve", Zapad, "yes", "--evidence", "s4-vostok-2018", "--on", "2021-01-11");
        var scores = await cli.RunAsync("forecasts", "--scores");
        var json = JsonDocument.Parse((await cli.RunAsync("forecasts", "--scores", "--by", "topic", "--json")).Out).RootElement;

        Assert.True(update.ExitCode == 0, update.Error);
        Assert.True(resolve.ExitCode == 0, resolve.Error);
        var score = Assert.Single(json.GetProperty("scores").EnumerateArray());
        // The paper's "likely" (0.675 from 2020-11-01) then 0.8 from 2021-01-01; the last forecast scores (1 − 0.8)².
        Assert.Equal(0.04, score.GetProperty("final").GetDouble(), 9);
        var days = (61 * 2 * Math.Pow(1 - 0.675, 2)) + (10 * 2 * Math.Pow(0.2, 2));
        Assert.Equal(days / 71, score.GetProperty("daily_average").GetDouble(), 9);
        Assert.Equal("exercises", Assert.Single(json.GetProperty("groups").EnumerateArray()).GetProperty("group").GetString());
        Assert.Contains("Calibration", scores.Out, StringComparison.Ordinal);
        Assert.Contains("0.8–0.9", scores.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_updates_and_resolutions_are_refused_and_nothing_is_written()
    {
        using var cli = new CliRun();

        var outside = await cli.RunAsync("forecasts", "update", Zapad, "1.2");
        var sum = await cli.RunAsync("forecasts", "update", Zapad, "0.2", "0.5", "0.4", "--categories", "none", "some", "many");
        var scale = await cli.RunAsync("forecasts", "update", Zapad, "0.85", "--term", "highly likely");
        var noEvidence = await cli.RunAsync("forecasts", "resolve", Zapad, "yes");
        var ghost = await cli.RunAsync("forecasts", "resolve", Zapad, "yes", "--evidence", "ghost-item");
        var first = await cli.RunAsync("forecasts", "resolve", Zapad, "no", "--evidence", "s4-vostok-2018", "--on", "2021-12-31");
        var twice = await cli.RunAsync("forecasts", "resolve", Zapad, "yes", "--evidence", "s4-vostok-2018");

        Assert.Equal([1, 1, 1, 1, 3, 0, 1], new[] { outside, sum, scale, noEvidence, ghost, first, twice }.Select(r => r.ExitCode));
        Assert.Contains("outside 0–1", outside.Error, StringComparison.Ordinal);
        Assert.Contains("sum to 1.1", sum.Error, StringComparison.Ordinal);
        Assert.Contains("never mixed", scale.Error, StringComparison.Ordinal);
        Assert.Contains("already resolved", twice.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ordered_categories_are_recorded_and_scored_as_cumulative_splits()
    {
        using var cli = new CliRun();

        await cli.RunAsync("forecasts", "update", Zapad, "0.2", "0.5", "0.3", "--categories", "none", "small", "large", "--ordered", "--on", "2021-01-01");
        await cli.RunAsync("forecasts", "resolve", Zapad, "large", "--evidence", "s4-vostok-2018", "--on", "2021-01-02");
        var json = JsonDocument.Parse((await cli.RunAsync("forecasts", "--scores", "--json")).Out).RootElement;

        var score = Assert.Single(json.GetProperty("scores").EnumerateArray());
        Assert.Equal("ordered", score.GetProperty("kind").GetString());
        Assert.Equal(0.265, score.GetProperty("final").GetDouble(), 9);
    }

    [Fact]
    public async Task The_list_exports_as_CSV()
    {
        using var cli = new CliRun();

        var csv = await cli.RunAsync("forecasts", "--csv");

        Assert.StartsWith("Id,Topic,Author,Statement,Probability,Term,Confidence,Updates,Due,Status,Evidence", csv.Out, StringComparison.Ordinal);
        Assert.True(csv.OutLines.Count > 30);
    }
}
