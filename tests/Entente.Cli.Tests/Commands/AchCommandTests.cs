using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary>`entente ach` and `ach rate` on the flagship matrix, in a fresh store.</summary>
public sealed class AchCommandTests
{
    private static JsonElement Json(CliResult result) => JsonDocument.Parse(result.Out).RootElement;

    [Fact]
    public async Task The_flagship_matrix_ranks_four_hypotheses_with_scores_diagnosticity_and_sensitivity()
    {
        using var cli = new CliRun();

        var table = await cli.RunAsync("ach", "rus-chn", "--sensitivity");
        var json = Json(await cli.RunAsync("ach", "rus-chn", "--sensitivity", "--json")).GetProperty("result");

        Assert.True(table.ExitCode == 0, table.Error);
        var scores = json.GetProperty("scores").EnumerateArray().ToList();
        Assert.Equal(["convenience", "latent-rivalry", "entente", "formal-alliance"], scores.Select(s => s.GetProperty("hypothesis").GetString()));
        Assert.True(scores.Zip(scores.Skip(1)).All(p => p.First.GetProperty("inconsistency").GetDouble() <= p.Second.GetProperty("inconsistency").GetDouble()));
        Assert.Equal(json.GetProperty("rows").GetInt32(), json.GetProperty("diagnosticity").GetArrayLength());
        Assert.Equal("convenience", json.GetProperty("sensitivity").GetProperty("leader").GetString());
        Assert.Contains("Leader convenience, runner-up latent-rivalry, margin", table.Out, StringComparison.Ordinal);
        Assert.Contains("Diagnosticity", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_grade_filter_and_the_caution_switch_leave_rows_out_and_say_how_many()
    {
        using var cli = new CliRun();

        var all = Json(await cli.RunAsync("ach", "rus-chn", "--json")).GetProperty("result");
        var graded = Json(await cli.RunAsync("ach", "rus-chn", "--min-grade", "A1", "--json")).GetProperty("result");
        var cautious = Json(await cli.RunAsync("ach", "rus-chn", "--exclude-cautioned", "--json")).GetProperty("result");

        Assert.Equal(0, all.GetProperty("excluded_rows").GetInt32());
        Assert.Equal(1, graded.GetProperty("rows").GetInt32());
        Assert.Equal(all.GetProperty("rows").GetInt32() - 1, graded.GetProperty("excluded_rows").GetInt32());
        Assert.True(cautious.GetProperty("excluded_rows").GetInt32() >= 1);
        Assert.Equal("graded A1 or better", graded.GetProperty("filter").GetString());
    }

    [Fact]
    public async Task A_re_rating_is_stored_and_the_history_shows_where_it_came_from()
    {
        using var cli = new CliRun();
        await cli.RunAsync("ach", "rus-chn");

        var rate = await cli.RunAsync("ach", "rate", "rus-chn", "s4-vostok-2018", "latent-rivalry", "II", "--why", "Vostok used to rehearse war against China.", "--author", "tester");
        var history = Json(await cli.RunAsync("ach", "rus-chn", "--history", "--json"));

        Assert.True(rate.ExitCode == 0, rate.Error);
        var cell = history.GetProperty("ratings").EnumerateArray().Single(c => c.GetProperty("item").GetString() == "s4-vostok-2018" && c.GetProperty("hypothesis").GetString() == "latent-rivalry");
        Assert.Equal("II", cell.GetProperty("rating").GetString());
        var steps = history.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(2, steps.Count);
        var change = Assert.Single(steps[1].GetProperty("changes").EnumerateArray());
        Assert.Equal(("I", "II"), (change.GetProperty("from").GetString(), change.GetProperty("to").GetString()));
        Assert.Equal("tester", steps[1].GetProperty("revision").GetProperty("author").GetString());
    }

    [Fact]
    public async Task A_rating_on_a_missing_item_an_unknown_hypothesis_or_a_bad_rating_is_refused()
    {
        using var cli = new CliRun();

        var item = await cli.RunAsync("ach", "rate", "rus-chn", "no-such-item", "entente", "C", "--why", "x");
        var hypothesis = await cli.RunAsync("ach", "rate", "rus-chn", "s4-vostok-2018", "marriage", "C", "--why", "x");
        var rating = await cli.RunAsync("ach", "rate", "rus-chn", "s4-vostok-2018", "entente", "XX", "--why", "x");
        var unchanged = Json(await cli.RunAsync("ach", "rus-chn", "--history", "--json"));

        Assert.Equal(3, item.ExitCode);
        Assert.Contains("no evidence item 'no-such-item'", item.Error, StringComparison.Ordinal);
        Assert.Equal(3, hypothesis.ExitCode);
        Assert.Equal(2, rating.ExitCode);
        Assert.Single(unchanged.GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task A_bundle_whose_matrix_has_one_hypothesis_is_rejected_at_its_line()
    {
        using var cli = new CliRun();
        var path = cli.Dir.Write("one/ach.yaml", "ach:\n  case: one\n  hypotheses:\n    - {id: h1, title: only}\n  rows: []\n");

        var result = await cli.RunAsync("validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ach.yaml:4:5: the matrix of case 'one' has 1 hypothesis(es)", result.Out, StringComparison.Ordinal);
    }
}
