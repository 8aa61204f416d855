using System.Globalization;
using System.Text.Json;
using Entente.Testing;

namespace Entente.Cli.Tests.Commands;

/// <summary>`entente deals`: the deals behind a `trade` figure, on the real register.</summary>
public sealed class DealsCommandTests
{
    private static async Task<CliRun> WithRegisterAsync()
    {
        var cli = new CliRun();
        var import = await cli.RunAsync("import", "sipri", SharedData.Require("sipri", "Andrei", "trade-register.csv"));
        Assert.True(import.ExitCode == 0, import.Error + import.Out);
        return cli;
    }

    [Fact]
    public async Task Deals_Russia_China_2018_list_the_deals_whose_TIV_adds_up_to_the_trade_figure()
    {
        using var cli = await WithRegisterAsync();

        var deals = await cli.RunAsync("deals", "Russia", "China", "--year", "2018", "--json");
        var trade = await cli.RunAsync("trade", "Russia", "China", "--json");

        Assert.Equal(0, deals.ExitCode);
        var report = JsonDocument.Parse(deals.Out).RootElement;
        var listed = report.GetProperty("deals").EnumerateArray().ToList();
        var y2018 = JsonDocument.Parse(trade.Out).RootElement.EnumerateArray().Single(r => r.GetProperty("year").GetInt32() == 2018);
        Assert.Equal(y2018.GetProperty("tiv").GetDecimal(), listed.Sum(d => d.GetProperty("tiv").GetDecimal()));
        Assert.Equal(y2018.GetProperty("tiv").GetDecimal(), report.GetProperty("tiv").GetDecimal());
        Assert.Equal(y2018.GetProperty("deals").EnumerateArray().Select(k => k.GetString()).Order(StringComparer.Ordinal),
            listed.Select(d => d.GetProperty("deal").GetProperty("key").GetString()).Order(StringComparer.Ordinal));
        var su35 = listed.Single(d => d.GetProperty("deal").GetProperty("designation").GetString() == "Su-35S");
        Assert.Equal((10, 600m), (su35.GetProperty("delivered").GetInt32(), su35.GetProperty("tiv").GetDecimal()));
    }

    [Fact]
    public async Task Deals_as_CSV_have_every_field_and_numbers_as_numbers()
    {
        using var cli = await WithRegisterAsync();

        var result = await cli.RunAsync("deals", "RUS", "CHN", "--year", "2018", "--csv");

        var rows = PlainCsv.Records(WriteTemp(cli, result.Out)).ToList();
        Assert.Equal(["Deal", "Designation", "Description", "Category", "Ordered", "?", "Delivered 2018", "?", "Order year", "?", "Delivery years", "Status", "TIV 2018", "Comments"], rows[0]);
        var s400 = rows.Single(r => r[1] == "S-400 Triumf");
        Assert.Equal(("35232", "SAM system", "Air defence systems", "4", "?", "2015", "260"), (s400[0], s400[2], s400[3], s400[6], s400[7], s400[8], s400[12]));
        Assert.Equal(1686.05m, rows.Skip(1).Sum(r => decimal.Parse(r[12], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Text_narrows_the_deals_and_a_pair_without_deals_is_an_empty_answer()
    {
        using var cli = await WithRegisterAsync();

        var engines = await cli.RunAsync("deals", "RUS", "CHN", "--text", "turbofan", "--json");
        var none = await cli.RunAsync("deals", "Viet Nam", "Russia", "--json");

        var listed = JsonDocument.Parse(engines.Out).RootElement.GetProperty("deals").EnumerateArray().ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, d => Assert.Equal("turbofan", d.GetProperty("deal").GetProperty("description").GetString()));
        Assert.Equal(0, none.ExitCode);
        Assert.False(JsonDocument.Parse(none.Out).RootElement.TryGetProperty("deals", out var empty) && empty.GetArrayLength() > 0);
    }

    private static string WriteTemp(CliRun cli, string text) => cli.Dir.Write($"{Guid.NewGuid():N}.csv", text);
}
