using System.Text.Json;
using Entente.Cli.Hosting;
using Entente.Testing;

namespace Entente.Cli.Tests.Commands;

/// <summary>`entente import atop|mme|unga` and `entente alliances` on the real files, in-process.</summary>
public sealed class DatasetCommandsTests
{
    private static string Atop(string file) => SharedData.Require("atop", "joshuaalley", file);

    [Fact]
    public async Task Alliances_Russia_China_shows_ATOPs_history_beside_the_2001_treatys_coding()
    {
        using var cli = new CliRun();
        var import = await cli.RunAsync("import", "atop", Atop("atop-member-level.csv"), Atop("atop-alliance-level.csv"));

        var result = await cli.RunAsync("alliances", "Russia", "China", "--json");

        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var shared = json.RootElement.GetProperty("shared").EnumerateArray().Select(s => s.GetProperty("a").GetProperty("atop_id").GetInt32()).Distinct().ToList();
        Assert.Equal(11, shared.Count);
        var treaty = Assert.Single(json.RootElement.GetProperty("treaties").EnumerateArray());
        Assert.Equal("s8-treaty-good-neighbourliness-2001", treaty.GetProperty("item_id").GetString());
        Assert.Equal(4980, treaty.GetProperty("atop").GetProperty("atop_id").GetInt32());
        var rows = treaty.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("variable").GetString()!);
        Assert.Equal((1, 1), (rows["nonagg"].GetProperty("ours").GetProperty("value").GetInt32(), rows["nonagg"].GetProperty("atop").GetInt32()));
        Assert.Equal(["9"], rows["consul"].GetProperty("ours").GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
        Assert.All(rows.Values, r => Assert.False(r.GetProperty("disagrees").GetBoolean()));
    }

    [Fact]
    public async Task Alliances_without_ATOP_says_the_datasets_side_is_missing()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("alliances", "RUS", "CHN");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("No ATOP member-level file is imported", result.Error, StringComparison.Ordinal);
        Assert.Contains("no ATOP record", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_MME_twice_adds_nothing_and_exits_1_for_the_rows_it_rejected()
    {
        using var cli = new CliRun();
        var mme = SharedData.Require("mme", "meflynn", "mme_v7.csv");

        var first = await cli.RunAsync("import", "mme", mme, "--csv");
        var again = await cli.RunAsync("import", "mme", mme, "--json");
        var exercises = await cli.RunAsync("evidence", "--dyad", "RUS-CHN", "--type", "exercise", "--json");

        Assert.Equal(ExitCodes.InvalidInput, first.ExitCode);
        Assert.Contains($"{mme}:198: impossible dates: the exercise ends (1982-11-10) before it starts (1982-11-11)", first.Error, StringComparison.Ordinal);
        Assert.Contains(",3707,3701,6,imported without the rejected rows", first.Out, StringComparison.Ordinal);
        Assert.Contains("already imported (same SHA-256)", again.Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(exercises.Out);
        Assert.Equal(10, json.RootElement.EnumerateArray().Count(i => i.GetProperty("id").GetString()!.StartsWith("mme-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_truncated_dta_is_refused_with_exit_1_and_nothing_stored()
    {
        using var cli = new CliRun();
        var bytes = await File.ReadAllBytesAsync(SharedData.Require("unga", "lucasbuildsapps", "IdealpointsJuly2025.dta"), TestContext.Current.CancellationToken);
        var cut = cli.Dir.File("cut.dta");
        await File.WriteAllBytesAsync(cut, bytes[..400_000], TestContext.Current.CancellationToken);

        var result = await cli.RunAsync("import", "unga", cut);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("it is truncated", result.Error, StringComparison.Ordinal);
        Assert.Contains("refused", result.Out, StringComparison.Ordinal);
    }
}
