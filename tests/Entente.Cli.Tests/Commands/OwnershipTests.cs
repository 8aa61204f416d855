using System.Text.Json;

namespace Entente.Cli.Tests.Commands;

/// <summary>
/// The trap the trial found: a user regraded a shipped source (B2 to F6) by redefining it, and `init` silently reverted it.
/// Now a bundle may cite what the store holds, replacing another bundle's record takes --replace, and init keeps it and says so.
/// </summary>
public sealed class OwnershipTests
{
    private const string ItemCitingTheStore = """
          - id: my-note-on-the-paper
            type: statement
            date: "2020-11"
            actors: [{actor: RUS, role: speaker}]
            summary: An analyst's own item citing the shipped paper and one of its footnoted works.
            sources: [icds-2020-convenience, fn-2]
        """;

    private static string Regraded(CliRun cli) => cli.Dir.Write("my-case.yaml", $$"""
        bundle:
          id: my-case
        sources:
          - id: icds-2020-convenience
            kind: analysis
            publisher: International Centre for Defence and Security (ICDS)
            title: "A Relationship of Convenience: Russian-Chinese Defence Cooperation"
            grade: {reliability: F, credibility: 6, rationale: "Regraded by the analyst."}
        items:
        {{ItemCitingTheStore}}
        """);

    private static async Task<int> B2CountAsync(CliRun cli) =>
        JsonDocument.Parse((await cli.RunAsync("evidence", "--min-grade", "B2", "--json")).Out).RootElement.GetArrayLength();

    private static async Task<string> GradeAsync(CliRun cli) =>
        JsonDocument.Parse((await cli.RunAsync("show", "icds-2020-convenience", "--json")).Out).RootElement.GetProperty("grade").GetProperty("reliability").GetString()!;

    [Fact]
    public async Task A_bundle_may_cite_sources_already_in_the_store_without_redefining_them()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("init")).ExitCode);
        var path = cli.Dir.Write("note.yaml", "items:\n" + ItemCitingTheStore);

        var validate = await cli.RunAsync("validate", path);
        var import = await cli.RunAsync("import", "bundle", path);

        Assert.True(validate.ExitCode == 0, validate.Out + validate.Error);
        Assert.True(import.ExitCode == 0, import.Error);
        Assert.Equal(0, (await cli.RunAsync("show", "my-note-on-the-paper")).ExitCode);
    }

    [Fact]
    public async Task Redefining_a_shipped_source_is_refused_naming_the_owner_and_the_flag()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("init")).ExitCode);
        var before = await B2CountAsync(cli);

        var result = await cli.RunAsync("import", "bundle", Regraded(cli));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("source 'icds-2020-convenience' (owned by rus-chn)", result.Error, StringComparison.Ordinal);
        Assert.Contains("--replace", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await B2CountAsync(cli));
        Assert.Equal(3, (await cli.RunAsync("show", "my-note-on-the-paper")).ExitCode);
    }

    [Fact]
    public async Task Replace_is_reported_and_init_keeps_the_users_version_until_asked_to_restore()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("init")).ExitCode);
        var shippedB2 = await B2CountAsync(cli);

        var replace = await cli.RunAsync("import", "bundle", Regraded(cli), "--replace");
        var regradedB2 = await B2CountAsync(cli);
        var init = await cli.RunAsync("init");
        var afterInit = await GradeAsync(cli);
        var reset = await cli.RunAsync("init", "--reset-shipped");

        Assert.True(replace.ExitCode == 0, replace.Error);
        Assert.Contains("Replaced source 'icds-2020-convenience', owned until now by rus-chn", replace.Error, StringComparison.Ordinal);
        Assert.True(regradedB2 < shippedB2, $"{regradedB2} items at B2 or better after regrading, {shippedB2} before");
        Assert.Equal(0, init.ExitCode);
        Assert.Contains("1 kept because you changed them (source 'icds-2020-convenience' (owned by my-case))", init.Error, StringComparison.Ordinal);
        Assert.Contains("--reset-shipped", init.Error, StringComparison.Ordinal);
        Assert.Equal("F", afterInit);
        Assert.Contains("1 restored to the shipped version", reset.Error, StringComparison.Ordinal);
        Assert.Equal("B", await GradeAsync(cli));
        Assert.Equal(shippedB2 + 1, await B2CountAsync(cli)); // the analyst's own item, which cites the paper, stays
    }

    [Fact]
    public async Task Init_on_an_unchanged_store_says_what_it_did()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("init")).ExitCode);

        var again = await cli.RunAsync("init", "--json");

        var shipped = JsonDocument.Parse(again.Out).RootElement.GetProperty("cases")[0];
        Assert.Equal("rus-chn", shipped.GetProperty("case").GetString());
        Assert.Equal(0, shipped.GetProperty("added").GetInt32());
        Assert.True(shipped.GetProperty("unchanged").GetInt32() > 300);
        Assert.Matches(@"Loaded the shipped case rus-chn: 0 new, 0 updated, \d+ unchanged\.", again.Error);
    }
}
