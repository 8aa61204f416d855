using Entente.Testing;

namespace Entente.Cli.Tests.Commands;

/// <summary>`entente events export`: filters apply wherever the dyad is written, and nothing the user has is replaced silently.</summary>
public sealed class EventsExportTests
{
    private static string Icews() => SharedData.Require("icews", "andybega", "events.2018.sample.tab");

    [Fact]
    public async Task A_dyad_given_before_export_filters_the_export_like_one_given_after()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", "icews", Icews());
        var before = cli.Dir.File("before.csv");
        var after = cli.Dir.File("after.csv");

        var first = await cli.RunAsync("events", "RUS", "CHN", "export", "--format", "csv", "--out", before);
        var second = await cli.RunAsync("events", "export", "RUS", "CHN", "--format", "csv", "--out", after);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        var recount = File.ReadLines(Icews()).Skip(1).Select(l => l.Split('\t'))
            .Count(c => (c[4], c[10]) is ("Russian Federation", "China") or ("China", "Russian Federation"));
        Assert.Equal(recount + 1, File.ReadAllLines(before).Length);
        Assert.Equal(File.ReadAllLines(after), File.ReadAllLines(before));
    }

    [Fact]
    public async Task Filters_without_a_dyad_are_refused_rather_than_ignored()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("events", "export", "--format", "csv", "--out", cli.Dir.File("all.csv"), "--codes", "consult");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--codes select a dyad's events", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.Dir.File("all.csv")));
    }

    [Fact]
    public async Task An_existing_csv_is_kept_unless_force_is_given()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", "icews", Icews());
        var csv = cli.Dir.Write("mine.csv", "my own work\n");

        var refused = await cli.RunAsync("events", "export", "--format", "csv", "--out", csv);
        Assert.Equal("my own work\n", File.ReadAllText(csv));
        var forced = await cli.RunAsync("events", "export", "--format", "csv", "--out", csv, "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("exists; give --force", refused.Error, StringComparison.Ordinal);
        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.StartsWith("dataset,event_id", File.ReadAllText(csv), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(cli.Dir.Path, "*mine.csv*"));
    }

    [Fact]
    public async Task A_non_empty_parquet_folder_is_refused_and_with_force_replaced_whole()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", "icews", Icews());
        var folder = cli.Dir.File("parquet");
        var stale = Path.Combine(folder, "year=1999", "month=1", "old.parquet");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, "old partition");

        var refused = await cli.RunAsync("events", "export", "--format", "parquet", "--out", folder);
        Assert.True(File.Exists(stale));
        var forced = await cli.RunAsync("events", "export", "--format", "parquet", "--out", folder, "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("is not empty", refused.Error, StringComparison.Ordinal);
        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.False(File.Exists(stale));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "year=2018"), "*.parquet", SearchOption.AllDirectories));
        Assert.Equal([folder], Directory.GetDirectories(cli.Dir.Path).Where(d => d.Contains("parquet", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_export_never_writes_over_the_warehouse()
    {
        using var cli = new CliRun();
        await cli.RunAsync("import", "icews", Icews());
        var warehouse = cli.Dir.File("events.duckdb");
        var before = new FileInfo(warehouse).Length;

        var result = await cli.RunAsync("events", "export", "--format", "csv", "--out", warehouse, "--force");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("it is the event warehouse", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, new FileInfo(warehouse).Length);
    }
}
