using Entente.Cli.Hosting;

namespace Entente.Cli.Tests.Commands;

public sealed class UsageTests
{
    [Fact]
    public async Task An_unknown_option_is_a_usage_error_on_stderr_with_exit_2()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("evidence", "--colour", "blue");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("--colour", result.Error, StringComparison.Ordinal);
    }

    public static TheoryData<string> Commands => [.. CommandTree.All];

    [Fact]
    public async Task Help_lists_every_command_of_the_tree()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.True(CommandTree.Root.Subcommands.Count >= 12);
        Assert.All(CommandTree.Root.Subcommands, c => Assert.Matches($@"(?m)^\s+{c.Name}\b", result.Out));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_has_help_and_refuses_an_unknown_option_with_exit_2(string command)
    {
        using var cli = new CliRun();

        var help = await cli.RunAsync([.. command.Split(' '), "--help"]);
        var unknown = await cli.RunAsync([.. CommandTree.Args(command), "--no-such-option"]);

        Assert.Equal(0, help.ExitCode);
        Assert.Contains(CommandTree.Find(command).Description!, help.Out, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--no-such-option", unknown.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.DbPath), "a usage error must not create a store");
    }

    [Theory]
    [InlineData("panel", "--no-such-option", "RUS")]
    [InlineData("ach", "--no-such-option")]
    [InlineData("brief", "RUS", "--no-such-option")]
    public async Task A_mistyped_option_where_an_argument_goes_is_an_unknown_option_not_a_value(params string[] args)
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown option '--no-such-option'", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(cli.DbPath), "a usage error must not create a store");
    }

    [Theory]
    [InlineData("sources", "--kind", "bogus")]
    [InlineData("actors", "--kind", "bogus")]
    [InlineData("evidence", "--from", "2020", "--to", "2010")]
    [InlineData("export", "--format", "json", "--from", "2020-06", "--to", "2020-01")]
    [InlineData("evidence", "--limit", "-5")]
    public async Task A_value_no_answer_can_satisfy_is_a_usage_error(params string[] args)
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task An_unknown_source_kind_lists_the_valid_kinds()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("sources", "--kind", "bogus");

        Assert.Contains("unknown source kind 'bogus'; expected one of: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("dataset", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Source_text_search_matches_text_not_the_stored_record()
    {
        using var cli = new CliRun();

        var credibility = await cli.RunAsync("sources", "--text", "credibility", "--json");
        var author = await cli.RunAsync("sources", "--text", "Muzyka", "--json");

        Assert.Equal(0, System.Text.Json.JsonDocument.Parse(credibility.Out).RootElement.GetArrayLength());
        Assert.Contains("icds-2020-convenience", author.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_from_a_newer_Entente_or_a_file_that_is_no_store_gets_one_line()
    {
        using var cli = new CliRun();
        var notes = cli.Dir.Write("notes.db", "not a database");
        Assert.Equal(0, (await cli.RunAsync("init")).ExitCode);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={cli.DbPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999;";
            command.ExecuteNonQuery();
        }

        var newer = await cli.RunAsync("evidence");
        var corrupt = await CliRun.RunWithStoreAsync(notes, "evidence");

        Assert.Equal(1, newer.ExitCode);
        Assert.Equal($"entente: {cli.DbPath} was written by a newer Entente (store schema 999; this one reads up to {Entente.Storage.Sqlite.SqliteEvidenceStore.SchemaVersions[^1].Version}): upgrade Entente to use it", newer.Error.Trim());
        Assert.Equal(1, corrupt.ExitCode);
        Assert.StartsWith($"entente: {notes} is not an Entente evidence store", corrupt.Error.Trim(), StringComparison.Ordinal);
        Assert.Single(corrupt.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Debug_adds_the_stack_trace_that_is_otherwise_left_out()
    {
        using var cli = new CliRun();
        var notes = cli.Dir.Write("notes.db", "not a database");

        var plain = await CliRun.RunWithStoreAsync(notes, "evidence");
        var debug = await CliRun.RunWithStoreAsync(notes, "evidence", "--debug");

        Assert.DoesNotContain("   at ", plain.Error, StringComparison.Ordinal);
        Assert.Contains("   at ", debug.Error, StringComparison.Ordinal);
        Assert.Equal(plain.ExitCode, debug.ExitCode);
    }

    [Fact]
    public async Task Sources_lists_the_graded_sources()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("sources", "--kind", "dataset");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("SIPRI", result.Out, StringComparison.Ordinal);
        Assert.Contains("A2", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/explicit.db", "/env.db", "/explicit.db")]
    [InlineData(null, "/env.db", "/env.db")]
    public void The_store_path_comes_from_the_option_then_the_environment(string? option, string? variable, string expected)
    {
        Assert.Equal(expected, StoreLocator.EvidenceStore(option, name => name == StoreLocator.EvidenceVariable ? variable : null));
    }

    [Fact]
    public void By_default_the_store_lives_in_the_XDG_data_folder()
    {
        Assert.Equal("/data/home/entente/entente.db", StoreLocator.EvidenceStore(null, name => name == "XDG_DATA_HOME" ? "/data/home" : name == "HOME" ? "/home/a" : null));
        Assert.Equal("/home/a/.local/share/entente/entente.db", StoreLocator.EvidenceStore(null, name => name == "HOME" ? "/home/a" : null));
    }
}
