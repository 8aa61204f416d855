using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

public sealed class LintCommandTests
{
    [Fact]
    public async Task Lint_of_the_flagship_bundle_lists_findings_as_json_and_exits_1()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("lint", Entente.Testing.Repository.FlagshipCase, "--at", "2026-11-29", "--json");

        Assert.Equal(1, result.ExitCode);
        var findings = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "past-due-forecast"
            && f.GetProperty("location").GetString()!.Contains("s7-s8-espionage-alliance-conclusions.yaml:", StringComparison.Ordinal));
        Assert.Contains("finding(s) from 12 rules over 241 items", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_before_any_due_date_with_one_rule_finds_nothing_and_exits_0()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("lint", Entente.Testing.Repository.FlagshipCase, "--at", "2020-12-01", "--rule", "past-due-forecast");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 finding(s) from 1 rules", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_rule_is_a_usage_error_naming_the_rules()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("lint", "--rule", "no-such-rule");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("outside-fact", result.Error, StringComparison.Ordinal);
    }
}
