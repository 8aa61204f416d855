using Entente.Testing;

namespace Entente.Cli.Tests.Process;

/// <summary>The built binary behaves as a Unix tool: results on stdout, messages on stderr, meaningful exit codes.</summary>
public sealed class BinaryTests
{
    [Fact]
    public async Task Validate_writes_problems_to_stdout_the_summary_to_stderr_and_exits_1()
    {
        using var dir = new TempDirectory();

        var result = await EntenteProcess.RunAsync(dir.File("x.db"), "validate", CliRun.Fixture("invalid", "five-errors.yaml"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(5, result.OutLines.Count);
        Assert.Contains("5 problem(s)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_store_path_comes_from_ENTENTE_DB()
    {
        using var dir = new TempDirectory();
        var db = dir.File(Path.Combine("nested", "evidence.db"));

        var result = await EntenteProcess.RunAsync(db, "init");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(db));
        Assert.Contains("evidence.db", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Piped_output_is_plain_text_without_escape_codes()
    {
        using var dir = new TempDirectory();

        var result = await EntenteProcess.RunAsync(dir.File("x.db"), "evidence", "--theme", "arctic");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Out);
        Assert.Contains("arctic", result.Out, StringComparison.OrdinalIgnoreCase);
    }
}
