using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

public sealed class BriefCommandTests
{
    private const string At = "2026-11-29T12:00:00Z";

    [Fact]
    public async Task A_brief_is_written_once_and_not_overwritten_without_force()
    {
        using var cli = new CliRun();
        var path = cli.Dir.File("brief.md");

        var first = await cli.RunAsync("brief", "Russia", "China", "--at", At, "--out", path);
        var bytes = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
        var refused = await cli.RunAsync("brief", "Russia", "China", "--at", At, "--out", path);
        var forced = await cli.RunAsync("brief", "RUS", "CHN", "--at", At, "--out", path, "--force");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("## Summary and key judgements", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
        Assert.Empty(Directory.GetFiles(cli.Dir.Path, "*.tmp"));
    }

    [Fact]
    public async Task Diff_against_the_model_of_the_same_run_reports_no_change()
    {
        using var cli = new CliRun();
        var model = cli.Dir.File("brief.json");
        await cli.RunAsync("brief", "RUS", "CHN", "--at", At, "--format", "json", "--out", model);

        var same = await cli.RunAsync("brief", "RUS", "CHN", "--at", At, "--diff", model, "--csv");

        Assert.Equal(0, same.ExitCode);
        Assert.Equal(["Change,What,Was,Now"], same.OutLines);
    }

    /// <summary>The ids listed under a property; the JSON writer leaves empty lists out.</summary>
    private static List<string?> Ids(JsonElement diff, string name) =>
        diff.TryGetProperty(name, out var list) ? [.. list.EnumerateArray().Select(e => e.GetString())] : [];

    [Fact]
    public async Task Pdf_without_an_output_file_is_a_usage_error()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("brief", "RUS", "CHN", "--format", "pdf");

        Assert.Equal(2, result.ExitCode);
    }
}
