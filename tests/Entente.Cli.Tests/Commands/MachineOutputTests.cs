using System.Globalization;
using System.Text.Json;
using Entente.Testing;

namespace Entente.Cli.Tests.Commands;

/// <summary>What machines read is exact: CSV and JSON give the same figures, numbers are numbers, and nonsense options are usage errors.</summary>
public sealed class MachineOutputTests
{
    private static async Task<CliRun> WithSipriAsync(params string[] relative)
    {
        var cli = new CliRun();
        var import = await cli.RunAsync(["import", "sipri", .. relative.Select(r => SharedData.Require(["sipri", .. r.Split('/')]))]);
        Assert.True(import.ExitCode == 0, import.Error + import.Out);
        return cli;
    }

    [Fact]
    public async Task Trade_CSV_has_no_empty_header_and_the_same_unrounded_figures_as_the_JSON()
    {
        using var cli = await WithSipriAsync("Andrei/trade-register.csv");

        var csv = PlainCsv.Records(cli.Dir.Write("trade.csv", (await cli.RunAsync("trade", "RUS", "CHN", "--csv")).Out)).ToList();
        var json = JsonDocument.Parse((await cli.RunAsync("trade", "RUS", "CHN", "--json")).Out).RootElement.EnumerateArray().ToList();

        Assert.Equal(["Year", "TIV", "% of supplier's exports", "% of recipient's imports", "Rank", "Recipient HHI", "5-year TIV"], csv[0]);
        Assert.All(json, row =>
        {
            var line = csv.Single(r => r[0] == row.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture));
            Assert.Equal(row.GetProperty("tiv").GetDecimal(), decimal.Parse(line[1], CultureInfo.InvariantCulture));
            if (row.TryGetProperty("share_of_supplier_exports", out var share))
            {
                Assert.Equal(share.GetDecimal(), decimal.Parse(line[2], CultureInfo.InvariantCulture));
            }

            if (row.TryGetProperty("recipient_hhi", out var hhi))
            {
                Assert.Equal(hhi.GetDecimal(), decimal.Parse(line[5], CultureInfo.InvariantCulture));
            }
        });
        Assert.Contains(csv, r => r[2].Contains('.', StringComparison.Ordinal) && r[2].Split('.')[1].Length > 1);
    }

    [Fact]
    public async Task Claims_check_CSV_writes_negative_differences_as_numbers_not_guarded_text()
    {
        using var cli = await WithSipriAsync("Andrei/trade-register.csv");

        var result = await cli.RunAsync("claims", "check", "--csv");

        var rows = PlainCsv.Records(cli.Dir.Write("claims.csv", result.Out)).ToList();
        var difference = Array.IndexOf(rows[0], "Difference");
        var blr = rows.Single(r => r[0] == "s8-blr-tiv-vnm-2019");
        Assert.Equal("-0.5", blr[difference]);
        Assert.DoesNotContain(rows.Skip(1), r => r[difference].StartsWith('\''));
    }

    [Fact]
    public async Task Claims_check_hides_and_counts_releases_that_cannot_cover_a_claim_and_all_shows_them()
    {
        using var cli = await WithSipriAsync("Andrei/trade-register.csv", "Andrei/trade-register_initial_situation.csv");

        var shown = await cli.RunAsync("claims", "check", "--json");
        var all = await cli.RunAsync("claims", "check", "--json", "--all");

        var visible = JsonDocument.Parse(shown.Out).RootElement.EnumerateArray().ToList();
        var every = JsonDocument.Parse(all.Out).RootElement.EnumerateArray().ToList();
        var hidden = every.Count(c => c.GetProperty("verdict").GetString() == "no-data");
        Assert.True(hidden > 0);
        Assert.DoesNotContain(visible, c => c.GetProperty("verdict").GetString() == "no-data");
        Assert.Equal(every.Count - hidden, visible.Count);
        Assert.Contains($"{hidden} check(s) where the release cannot cover the claim's period (NoData) hidden; --all shows them", shown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Market_JSON_is_an_object_with_its_release_period_recipients_and_the_deals_of_each_supplier()
    {
        using var cli = await WithSipriAsync("Andrei/trade-register.csv");

        var result = await cli.RunAsync("market", "--region", "central-asia", "--from", "2015", "--to", "2019", "--json");

        var report = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(("2024-04-13", 2015, 2019), (report.GetProperty("release").GetString(), report.GetProperty("from").GetInt32(), report.GetProperty("to").GetInt32()));
        Assert.Contains("KAZ", report.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()));
        var russia = report.GetProperty("suppliers")[0];
        Assert.Equal("RUS", russia.GetProperty("supplier").GetString());
        Assert.NotEmpty(russia.GetProperty("deals").EnumerateArray());
    }

    [Theory]
    [InlineData("trade", "RUS", "CHN", "--from", "2019", "--to", "2015")]
    [InlineData("market", "--region", "central-asia", "--from", "2019", "--to", "2015")]
    [InlineData("market", "--region", "central-asia", "--top", "-5")]
    [InlineData("market", "--region", "central-asia", "--top", "0")]
    public async Task Inverted_periods_and_negative_counts_are_usage_errors(params string[] args)
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(args[^1] == "2015" ? "is after" : "must be at least 1", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Theory]
    [InlineData("evidence", "id,type,date")]
    [InlineData("sources", "id,kind,grade,date,publisher,title")]
    [InlineData("actors", "id,kind,name,valid_from")]
    public async Task Every_table_command_honours_csv(string command, string header)
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync(command, "--csv");

        Assert.Equal(0, result.ExitCode);
        var rows = PlainCsv.Records(cli.Dir.Write($"{command}.csv", result.Out)).ToList();
        Assert.StartsWith(header, string.Join(',', rows[0]), StringComparison.Ordinal);
        Assert.True(rows.Count > 10);
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
    }
}
