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

    [Fact]
    public async Task Help_lists_every_command()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.All(["init", "import", "validate", "actors", "evidence", "show", "sources", "export"], c => Assert.Contains(c, result.Out, StringComparison.Ordinal));
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
