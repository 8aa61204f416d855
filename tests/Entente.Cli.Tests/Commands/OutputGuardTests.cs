namespace Entente.Cli.Tests.Commands;

/// <summary>A file a command writes never destroys what the user has: the store, the warehouse, an existing file, half a file.</summary>
public sealed class OutputGuardTests
{
    private static async Task<CliRun> WithStoreAsync()
    {
        var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("init")).ExitCode);
        return cli;
    }

    private static void AssertOneLine(CliResult result, int exitCode, string expected)
    {
        Assert.Equal(exitCode, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-wal")]
    [InlineData("-shm")]
    public async Task Export_refuses_to_write_over_the_store_or_its_journals_even_with_force(string journal)
    {
        using var cli = await WithStoreAsync();
        var before = await File.ReadAllBytesAsync(cli.DbPath, TestContext.Current.CancellationToken);

        var result = await cli.RunAsync("export", "--format", "json", "--out", cli.DbPath + journal, "--force");

        AssertOneLine(result, 2, "refusing to write to");
        Assert.Equal(before, await File.ReadAllBytesAsync(cli.DbPath, TestContext.Current.CancellationToken));
        Assert.Equal(0, (await cli.RunAsync("evidence", "--limit", "1")).ExitCode);
    }

    [Fact]
    public async Task Export_refuses_the_store_behind_a_symlink_or_another_spelling_and_the_warehouse()
    {
        using var cli = await WithStoreAsync();
        var link = cli.Dir.File("innocent.json");
        File.CreateSymbolicLink(link, cli.DbPath);
        Directory.CreateDirectory(cli.Dir.File("sub"));
        var dotted = Path.Combine(cli.Dir.Path, "sub", "..", Path.GetFileName(cli.DbPath));

        AssertOneLine(await cli.RunAsync("export", "--format", "csv", "--out", link, "--force"), 2, "it is the evidence store");
        AssertOneLine(await cli.RunAsync("export", "--format", "csv", "--out", dotted, "--force"), 2, "it is the evidence store");
        AssertOneLine(await cli.RunAsync("export", "--format", "csv", "--out", cli.Dir.File("events.duckdb"), "--force"), 2, "events.duckdb");
        Assert.Equal(0, (await cli.RunAsync("evidence", "--limit", "1")).ExitCode);
    }

    [Fact]
    public async Task An_existing_file_is_overwritten_only_with_force_and_then_whole()
    {
        using var cli = await WithStoreAsync();
        var path = cli.Dir.Write("mine.json", "my notes");

        var refused = await cli.RunAsync("export", "--format", "json", "--out", path);
        Assert.Equal("my notes", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        var forced = await cli.RunAsync("export", "--format", "json", "--out", path, "--force");

        AssertOneLine(refused, 2, "exists; give --force to replace it");
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("{", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(["evidence.db", "mine.json"], Directory.EnumerateFiles(cli.Dir.Path).Select(Path.GetFileName).Where(n => !n!.Contains("evidence.db-", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task A_directory_or_a_missing_folder_is_a_one_line_usage_error()
    {
        using var cli = await WithStoreAsync();

        AssertOneLine(await cli.RunAsync("export", "--format", "json", "--out", cli.Dir.Path), 2, "is a directory");
        AssertOneLine(await cli.RunAsync("export", "--format", "json", "--out", cli.Dir.File(Path.Combine("no", "such", "x.json"))), 2, "does not exist");
    }

    [Fact]
    public async Task A_full_device_or_an_unwritable_place_is_a_one_line_error_and_leaves_nothing_behind()
    {
        using var cli = await WithStoreAsync();

        AssertOneLine(await cli.RunAsync("export", "--format", "json", "--out", "/dev/full"), 1, "no space left");
        AssertOneLine(await cli.RunAsync("export", "--format", "json", "--out", "/proc/version", "--force"), 1, "could not write /proc/version");
        AssertOneLine(await cli.RunAsync("export", "--format", "json", "--out", "/proc/entente-export.json"), 1, "could not write");
    }

    [Fact]
    public async Task A_device_that_accepts_writes_is_written_to_directly()
    {
        using var cli = await WithStoreAsync();

        var result = await cli.RunAsync("export", "--format", "json", "--out", "/dev/null");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists("/dev/null"));
    }

    /// <summary>Every command that writes output, with its output path last: they all go through the one guard.</summary>
    public static TheoryData<string> Writers => ["export --format json --out", "events export --format csv --out", "brief RUS CHN --format md --out"];

    private static string[] Args(string writer, string output, params string[] more) => [.. writer.Split(' '), output, .. more];

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task Every_writer_refuses_the_store_and_the_warehouse_even_with_force(string writer)
    {
        using var cli = await WithStoreAsync();
        var before = await File.ReadAllBytesAsync(cli.DbPath, TestContext.Current.CancellationToken);

        AssertOneLine(await cli.RunAsync(Args(writer, cli.DbPath, "--force")), 2, "it is the evidence store");
        AssertOneLine(await cli.RunAsync(Args(writer, cli.Dir.File("events.duckdb"), "--force")), 2, "it is the event warehouse");
        Assert.Equal(before, await File.ReadAllBytesAsync(cli.DbPath, TestContext.Current.CancellationToken));
        Assert.False(File.Exists(cli.Dir.File("events.duckdb")));
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public async Task Every_writer_keeps_an_existing_file_without_force_and_refuses_bad_places_in_one_line(string writer)
    {
        using var cli = await WithStoreAsync();
        var mine = cli.Dir.Write("mine.out", "my notes");
        Assert.Equal(0, (await cli.RunAsync(Args(writer, cli.Dir.File("first.out")))).ExitCode);

        AssertOneLine(await cli.RunAsync(Args(writer, mine)), 2, "exists; give --force to replace it");
        AssertOneLine(await cli.RunAsync(Args(writer, cli.Dir.Path)), 2, "is a directory");
        AssertOneLine(await cli.RunAsync(Args(writer, cli.Dir.File(Path.Combine("no", "such", "x.out")))), 2, "does not exist");
        AssertOneLine(await cli.RunAsync(Args(writer, "/dev/full")), 1, "no space left");
        Assert.Equal("my notes", await File.ReadAllTextAsync(mine, TestContext.Current.CancellationToken));
        Assert.Empty(Directory.EnumerateFiles(cli.Dir.Path, "*.tmp"));
    }
}
