using System.Text.Json;
using Entente.Testing;

namespace Entente.Cli.Tests.Commands;

/// <summary>`entente import gdelt|icews` and `entente events` end to end, on the real sample files.</summary>
public sealed class EventsCommandTests
{
    private static string[] GdeltFiles() =>
    [
        SharedData.Require("gdelt", "aamend", "events.csv"),
        SharedData.Require("gdelt", "aamend", "eventsT.csv"),
        SharedData.Require("gdelt", "arekziobrowski", "20191024143000.export.CSV"),
        SharedData.Require("gdelt", "reed9999", "events.csv"),
    ];

    private static string Icews() => SharedData.Require("icews", "andybega", "events.2018.sample.tab");

    [Fact]
    public async Task Russia_China_by_month_over_the_real_samples_returns_the_recounted_numbers()
    {
        using var cli = new CliRun();
        var gdelt = await cli.RunAsync(["import", "gdelt", .. GdeltFiles()]);
        var icews = await cli.RunAsync("import", "icews", Icews());

        var result = await cli.RunAsync("events", "Russia", "China", "--by", "month", "--json");

        Assert.True(gdelt.ExitCode == 0, gdelt.Error);
        Assert.True(icews.ExitCode == 0, icews.Error);
        Assert.Equal(0, result.ExitCode);
        // Independent recount with a plain reader: GDELT Actor1/2CountryCode RUS/CHN either way; ICEWS Source/Target Country by name.
        var expected = new Dictionary<string, long>();
        foreach (var cells in GdeltFiles().SelectMany(File.ReadLines).Select(l => l.Split('\t'))
            .Where(c => (c[7] == "RUS" && c[17] == "CHN") || (c[7] == "CHN" && c[17] == "RUS")))
        {
            Add(expected, $"{cells[1][..4]}-{cells[1][4..6]}-01");
        }

        foreach (var cells in File.ReadLines(Icews()).Skip(1).Select(l => l.Split('\t'))
            .Where(c => (c[4] == "Russian Federation" && c[10] == "China") || (c[4] == "China" && c[10] == "Russian Federation")))
        {
            Add(expected, $"{cells[1][..7]}-01");
        }

        var series = JsonDocument.Parse(result.Out).RootElement.GetProperty("series").EnumerateArray()
            .ToDictionary(p => p.GetProperty("period").GetString()!, p => p.GetProperty("events").GetInt64());
        Assert.Equal(expected.OrderBy(e => e.Key), series.OrderBy(e => e.Key));
        Assert.Equal(11, series.Values.Sum());
        Assert.Contains("undirected", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(cli.Dir.File("events.duckdb")), "the warehouse lives beside the evidence store");
    }

    [Fact]
    public async Task The_table_names_the_dyad_and_top_codes_carry_codebook_labels()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", "icews", Icews());

        var result = await cli.RunAsync("events", "RUS", "CHN", "--by", "day", "--top", "3", "--dyad", "USA-CHN");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("RUS–CHN (undirected), by day", result.Out, StringComparison.Ordinal);
        Assert.Contains("USA–CHN (undirected), by day", result.Out, StringComparison.Ordinal);
        Assert.Contains("2018-06-01", result.Out, StringComparison.Ordinal);
        Assert.Contains("Top CAMEO codes", result.Out, StringComparison.Ordinal);
        Assert.Contains("Side by side", result.Out, StringComparison.Ordinal);
        // The most frequent code of the dyad, recounted from the file, is shown with its label from the codebook.
        var top = File.ReadLines(Icews()).Skip(1).Select(l => l.Split('\t'))
            .Where(c => (c[4], c[10]) is ("Russian Federation", "China") or ("China", "Russian Federation"))
            .GroupBy(c => c[6]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var label = Entente.Cameo.CameoCodebook.Shipped.Event(top)?.Label;
        Assert.False(string.IsNullOrEmpty(label));
        Assert.Contains(label, result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("(not in the codebook)", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reimporting_is_a_no_op_and_says_so()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", "icews", Icews());

        var again = await cli.RunAsync("import", "icews", Icews(), "--json");

        Assert.Equal(0, again.ExitCode);
        Assert.Equal("skipped", JsonDocument.Parse(again.Out).RootElement[0].GetProperty("status").GetString());
        Assert.Contains("already imported", again.Error + again.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejected_rows_are_listed_as_file_line_reason_and_the_exit_status_is_1()
    {
        using var cli = new CliRun();
        var rows = File.ReadLines(GdeltFiles()[2]).Take(5).ToList();
        rows[1] = string.Join('\t', rows[1].Split('\t').Select((v, i) => i == 30 ? "n/a" : v));
        var path = cli.Dir.Write("bad.export.CSV", string.Join('\n', rows) + "\n");

        var result = await cli.RunAsync("import", "gdelt", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}:2: GoldsteinScale 'n/a' is not a number", result.Error, StringComparison.Ordinal);
        Assert.Contains("4 event(s) added", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mentions_file_is_refused_as_events_and_accepted_with_table_mentions()
    {
        using var cli = new CliRun();
        var mentions = SharedData.Require("gdelt", "aamend", "mentions.csv");

        var asEvents = await cli.RunAsync("import", "gdelt", mentions);
        var asMentions = await cli.RunAsync("import", "gdelt", "--table", "mentions", mentions);

        Assert.Equal(1, asEvents.ExitCode);
        Assert.Contains("mentions table", asEvents.Error, StringComparison.Ordinal);
        Assert.Equal(0, asMentions.ExitCode);
    }

    [Fact]
    public async Task Armed_forces_in_the_registry_are_asked_for_as_their_states_military()
    {
        using var cli = new CliRun();
        // Real rows recoded: CHN MIL → RUS MIL, RUS MIL → CHN MIL (both count), CHN GOV → RUS MIL (does not).
        var real = File.ReadLines(SharedData.Require("gdelt", "arekziobrowski", "20191024143000.export.CSV")).Take(3).ToList();
        var rows = new[] { ("CHN", "MIL", "RUS", "MIL"), ("RUS", "MIL", "CHN", "MIL"), ("CHN", "GOV", "RUS", "MIL") }
            .Select((r, i) => Recode(real[i], r.Item1, r.Item2, r.Item3, r.Item4));
        var file = cli.Dir.Write("recoded.export.CSV", string.Join('\n', rows) + "\n");
        await cli.RunAsync("import", "gdelt", file);

        var militaries = await cli.RunAsync("events", "pla", "russian-armed-forces", "--json");
        var states = await cli.RunAsync("events", "China", "Russia", "--json");
        var branch = await cli.RunAsync("events", "russian-navy", "China");
        var organisation = await cli.RunAsync("events", "nato", "Russia");

        Assert.True(militaries.ExitCode == 0, militaries.Error);
        Assert.Equal(2, Events(militaries));
        Assert.Equal(3, Events(states));
        Assert.Contains("CHN MIL–RUS MIL", militaries.Error, StringComparison.Ordinal);
        Assert.Equal(2, branch.ExitCode);
        Assert.Contains("ask for 'russian-armed-forces'", branch.Error, StringComparison.Ordinal);
        Assert.Equal(2, organisation.ExitCode);
        Assert.Contains("not coded in event data", organisation.Error, StringComparison.Ordinal);

        static long Events(CliResult result) =>
            JsonDocument.Parse(result.Out).RootElement.GetProperty("series").EnumerateArray().Sum(p => p.GetProperty("events").GetInt64());

        static string Recode(string line, string country1, string type1, string country2, string type2)
        {
            var cells = line.Split('\t');
            (cells[5], cells[7], cells[12]) = (country1 + type1, country1, type1);
            (cells[15], cells[17], cells[22]) = (country2 + type2, country2, type2);
            return string.Join('\t', cells);
        }
    }

    [Theory]
    [InlineData("--codes", "military-cooperation,nonsense", "'nonsense' is neither a CAMEO event code nor a named set")]
    [InlineData("--by", "week", "'week'")]
    [InlineData("--dataset", "acled", "--dataset 'acled' is not one of")]
    [InlineData("--types", "MIL,XYZ", "'XYZ' is not a CAMEO actor type code")]
    [InlineData("--from", "2018-13-01", "--from '2018-13-01' is not a date")]
    public async Task Bad_filters_are_usage_errors_that_name_the_bad_value(string option, string value, string message)
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("events", "RUS", "CHN", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_hive_partitioned_parquet_and_csv()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", "icews", Icews());
        var folder = cli.Dir.File("parquet");
        var csv = cli.Dir.File("rus-chn.csv");

        var parquet = await cli.RunAsync("events", "export", "--format", "parquet", "--out", folder);
        var dyad = await cli.RunAsync("events", "export", "Russia", "China", "--format", "csv", "--out", csv, "--codes", "consult");

        Assert.True(parquet.ExitCode == 0, parquet.Error);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "year=2018", "month=6"), "*.parquet"));
        Assert.True(dyad.ExitCode == 0, dyad.Error);
        var lines = File.ReadAllLines(csv);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",04", l, StringComparison.Ordinal));
    }

    private static void Add(Dictionary<string, long> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
