using System.Globalization;
using System.Text.Json;
using Entente.Testing;

namespace Entente.Cli.Tests.Commands;

/// <summary>`import sipri`, `trade`, `market` and `claims check` end to end on the real SIPRI exports.</summary>
public sealed class TradeCommandsTests
{
    private static async Task<CliRun> WithSipriAsync()
    {
        var cli = new CliRun();
        var files = new[] { "Andrei/trade-register.csv", "Andrei/export-values_1990-2023.csv", "MJHofmann/trade-register.csv" }
            .Select(f => SharedData.Require(["sipri", .. f.Split('/')])).ToArray();
        var import = await cli.RunAsync(["import", "sipri", .. files]);
        Assert.True(import.ExitCode == 0, import.Error + import.Out);
        return cli;
    }

    [Fact]
    public async Task Trade_Russia_China_in_JSON_runs_from_1991_when_Russia_has_values_to_2023_with_shares_ranks_and_deals()
    {
        using var cli = await WithSipriAsync();

        var result = await cli.RunAsync("trade", "Russia", "China", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("release 2024-04-13", result.Error, StringComparison.Ordinal);
        var rows = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(1991, rows[0].GetProperty("year").GetInt32());
        Assert.Equal(2023, rows[^1].GetProperty("year").GetInt32());
        var y2019 = rows.Single(r => r.GetProperty("year").GetInt32() == 2019);
        Assert.Equal(1, y2019.GetProperty("supplier_rank").GetInt32());
        Assert.True(y2019.GetProperty("share_of_supplier_exports").GetDecimal() > 0);
        Assert.Contains("35232", y2019.GetProperty("deals").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task Trade_as_a_table_has_every_year_and_an_inline_chart()
    {
        using var cli = await WithSipriAsync();

        var result = await cli.RunAsync("trade", "RUS", "CHN");

        Assert.All(Enumerable.Range(1990, 34), y => Assert.Contains($"│ {y} ", result.Out, StringComparison.Ordinal));
        Assert.Contains("█", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_check_sets_the_papers_SIPRI_figures_against_the_register_recounted_independently()
    {
        using var cli = await WithSipriAsync();
        var register = PlainCsv.Records(SharedData.Require("sipri", "Andrei", "trade-register.csv")).ToList();
        var header = register.FindIndex(r => r.Length > 0 && r[0] == "SIPRI AT Database ID");
        int Column(string name) => Array.IndexOf(register[header], name);
        var rusChn2019 = register.Skip(header + 1)
            .Where(r => r[Column("Supplier")] == "Russia" && r[Column("Recipient")] == "China" && r[Column("Delivery year")] == "2019")
            .ToList();
        var expected = rusChn2019.Sum(r => decimal.Parse(r[Column("TIV delivery values")], CultureInfo.InvariantCulture));

        var result = await cli.RunAsync("claims", "check", "--json");

        var checks = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        var tiv = checks.Single(c => c.GetProperty("item").GetString() == "s3-sipri-rus-chn-tiv-2019");
        Assert.Equal(688m, tiv.GetProperty("claimed").GetDecimal());
        Assert.Equal("2024-04-13", tiv.GetProperty("release").GetString());
        Assert.Equal(expected, tiv.GetProperty("recomputed").GetDecimal());
        Assert.Equal(expected - 688m, tiv.GetProperty("difference").GetDecimal());
        Assert.Equal(rusChn2019.Select(r => r[0]).Distinct().Order(StringComparer.Ordinal), tiv.GetProperty("deals").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains(checks, c => c.GetProperty("item").GetString() == "s3-sipri-chn-share-rus-exports-2019");
    }

    [Fact]
    public async Task Market_gives_Russia_and_China_shares_in_Central_Asia_as_CSV()
    {
        using var cli = await WithSipriAsync();

        var result = await cli.RunAsync("market", "--region", "central-asia", "--from", "2015", "--to", "2019", "--csv");

        var lines = result.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Supplier,TIV,Share %", lines[0]);
        Assert.StartsWith("RUS,", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("CHN,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_malformed_file_is_refused_with_its_lines_and_the_good_files_still_import()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("import", "sipri", CliRun.SipriFixture("non-numeric-tiv.csv"), CliRun.SipriFixture("valid-register.csv"));
        var again = await cli.RunAsync("import", "sipri", CliRun.SipriFixture("valid-register.csv"), "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("non-numeric-tiv.csv:8: TIV delivery values 'eight hundred' is not a number", result.Error, StringComparison.Ordinal);
        Assert.Contains("not imported", result.Out, StringComparison.Ordinal);
        Assert.Contains("already imported", JsonDocument.Parse(again.Out).RootElement[0].GetProperty("result").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trade_without_an_imported_register_says_what_to_do()
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync("trade", "RUS", "CHN");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("entente import sipri", result.Error, StringComparison.Ordinal);
    }
}
