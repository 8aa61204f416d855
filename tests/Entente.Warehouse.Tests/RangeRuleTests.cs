using Entente.Testing;

namespace Entente.Warehouse.Tests;

/// <summary>Values that parse but cannot be true are rejected with file:line, and a country the registry lacks is kept and reported.</summary>
public sealed class RangeRuleTests
{
    private static string[] RealRows(int count) => [.. File.ReadLines(SharedData.Require("gdelt", "arekziobrowski", "20191024143000.export.CSV")).Take(count)];

    private static string Replace(string row, int column, string value) =>
        string.Join('\t', row.Split('\t').Select((v, i) => i == column ? value : v));

    [Fact]
    public void Out_of_range_ids_dates_Goldstein_tone_and_coordinates_are_rejected_with_their_line()
    {
        using var fixture = new WarehouseFixture();
        var rows = RealRows(16);
        rows[1] = Replace(rows[1], 30, "999");
        rows[3] = Replace(rows[3], 0, "-5");
        rows[5] = Replace(rows[5], 0, "0");
        rows[7] = Replace(rows[7], 1, "99991231");
        rows[9] = Replace(rows[9], 1, "18990101");
        rows[11] = Replace(rows[11], 56, "200.5");
        rows[13] = Replace(rows[13], 34, "-250");
        rows[15] = Replace(rows[15], 59, "99990101000000");
        var path = fixture.Dir.Write("ranges.export.CSV", string.Join('\n', rows) + "\n");

        var result = Assert.Single(fixture.Warehouse.Import([path], Readers.GdeltEvents));

        Assert.Equal((16L, 8L, 8L), (result.Rows, result.Added, result.Rejected));
        var rejects = Rejects(fixture);
        Assert.Equal([2L, 4L, 6L, 8L, 10L, 12L, 14L, 16L], rejects.Select(r => r.Line));
        Assert.Contains("Goldstein value 999 is outside -10..10", rejects[0].Reason, StringComparison.Ordinal);
        Assert.Contains("event id -5", rejects[1].Reason, StringComparison.Ordinal);
        Assert.Contains("event id 0", rejects[2].Reason, StringComparison.Ordinal);
        Assert.Contains("event date 9999-12-31 is outside", rejects[3].Reason, StringComparison.Ordinal);
        Assert.Contains("event date 1899-01-01 is outside", rejects[4].Reason, StringComparison.Ordinal);
        Assert.Contains("latitude/longitude 200.5", rejects[5].Reason, StringComparison.Ordinal);
        Assert.Contains("tone -250", rejects[6].Reason, StringComparison.Ordinal);
        Assert.Contains("date added 9999-01-01", rejects[7].Reason, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Count("SELECT count(*) FROM event_rows WHERE goldstein NOT BETWEEN -10 AND 10 OR event_id <= 0 OR event_date > DATE '2100-01-01'"));
    }

    [Fact]
    public void An_ICEWS_country_the_registry_does_not_know_is_kept_as_written_reported_and_counted()
    {
        using var fixture = new WarehouseFixture();
        var lines = File.ReadLines(RealEventFiles.Icews()).Take(6).ToArray();
        var header = lines[0].Split('\t').Select(h => h.Trim()).ToList();
        var source = header.IndexOf("Source Country");
        lines[3] = string.Join('\t', lines[3].Split('\t').Select((v, i) => i == source ? "Xanadu" : v));
        var path = fixture.Dir.Write("unknown-country.tab", string.Join('\n', lines) + "\n");

        var result = Assert.Single(fixture.Warehouse.Import([path], Readers.Icews));

        Assert.Equal(FileImportStatus.Complete, result.Status);
        Assert.Equal((5L, 5L, 0L, 1L), (result.Rows, result.Added, result.Rejected, result.Flagged));
        var flagged = Assert.Single(result.Examples);
        Assert.True(flagged.Kept);
        Assert.Equal(4, flagged.Line);
        Assert.Contains("Source Country 'Xanadu' is not in the actor registry", flagged.Reason, StringComparison.Ordinal);
        Assert.Equal("Xanadu", fixture.Warehouse.Scalar<string>("SELECT actor1_country FROM events WHERE line = 4"));
        Assert.Equal(1, fixture.Count("SELECT count(*) FROM rejects WHERE kept AND line = 4"));
    }

    private static List<(long Line, string Reason)> Rejects(WarehouseFixture fixture)
    {
        using var command = fixture.Warehouse.Command("SELECT line, reason FROM rejects ORDER BY line");
        using var reader = command.ExecuteReader();
        var rows = new List<(long, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return rows;
    }
}
