using System.IO.Compression;
using Entente.Testing;

namespace Entente.Warehouse.Tests;

/// <summary>Malformed inputs the project writes itself: valid rows imported, every other row reported with its line and reason.</summary>
public sealed class BadInputTests
{
    private static string[] RealRows(int count) => [.. File.ReadLines(SharedData.Require("gdelt", "arekziobrowski", "20191024143000.export.CSV")).Take(count)];

    private static string Replace(string row, int column, string value) =>
        string.Join('\t', row.Split('\t').Select((v, i) => i == column ? value : v));

    [Fact]
    public void Wrong_column_counts_bad_dates_and_non_numeric_Goldstein_are_rejected_with_line_and_reason()
    {
        using var fixture = new WarehouseFixture();
        var rows = RealRows(10);
        rows[2] = string.Join('\t', rows[2].Split('\t').Take(40));
        rows[4] = Replace(rows[4], 1, "20191345");
        rows[6] = Replace(rows[6], 30, "high");
        rows[8] = Replace(rows[8], 0, "x881990840");
        var path = fixture.Dir.Write("bad.export.CSV", string.Join('\n', rows) + "\n");

        var result = Assert.Single(fixture.Warehouse.Import([path], Readers.GdeltEvents));

        Assert.Equal(FileImportStatus.Complete, result.Status);
        Assert.True(result.HasProblems);
        Assert.Equal((10, 6, 4), (result.Rows, result.Added, result.Rejected));
        Assert.Equal(6, fixture.Warehouse.EventCount());
        var rejects = Rejects(fixture);
        Assert.Equal([3L, 5L, 7L, 9L], rejects.Select(r => r.Line));
        Assert.Contains("40 columns", rejects[0].Reason, StringComparison.Ordinal);
        Assert.Contains("SQLDATE '20191345'", rejects[1].Reason, StringComparison.Ordinal);
        Assert.Contains("GoldsteinScale 'high'", rejects[2].Reason, StringComparison.Ordinal);
        Assert.Contains("GLOBALEVENTID", rejects[3].Reason, StringComparison.Ordinal);
        Assert.All(rejects, r => Assert.Equal(path, r.Path));
    }

    [Fact]
    public void A_truncated_gzip_keeps_the_rows_before_the_cut_and_says_the_file_ended_early()
    {
        using var fixture = new WarehouseFixture();
        var rows = RealRows(2000);
        var whole = fixture.Dir.File("whole.export.CSV.gz");
        using (var gzip = new GZipStream(File.Create(whole), CompressionLevel.Optimal))
        using (var writer = new StreamWriter(gzip))
        {
            writer.Write(string.Join('\n', rows) + "\n");
        }

        var bytes = File.ReadAllBytes(whole);
        var cut = fixture.Dir.File("cut.export.CSV.gz");
        File.WriteAllBytes(cut, bytes[..(bytes.Length / 2)]);

        var result = Assert.Single(fixture.Warehouse.Import([cut], Readers.GdeltEvents));

        Assert.Equal(FileImportStatus.Partial, result.Status);
        Assert.True(result.Added > 100 && result.Added < 2000, $"{result.Added} rows added");
        Assert.Contains(Rejects(fixture), r => r.Reason.Contains("ends early", StringComparison.Ordinal));
        Assert.Equal(result.Added, fixture.Warehouse.EventCount());
        // Importing the whole file later adds the rest and nothing twice.
        var rest = Assert.Single(fixture.Warehouse.Import([whole], Readers.GdeltEvents));
        Assert.Equal(2000, fixture.Warehouse.EventCount());
        Assert.Equal(result.Added, rest.Duplicates);
    }

    [Fact]
    public void A_mentions_table_passed_as_events_is_rejected_whole_by_name()
    {
        using var fixture = new WarehouseFixture();
        var mentions = SharedData.Require("gdelt", "aamend", "mentions.csv");

        var result = Assert.Single(fixture.Warehouse.Import([mentions], Readers.GdeltEvents));

        Assert.Equal(FileImportStatus.Rejected, result.Status);
        Assert.Equal((100L, 0L, 100L), (result.Rows, result.Added, result.Rejected));
        Assert.Contains("mentions table", Assert.Single(Rejects(fixture)).Reason, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Warehouse.EventCount());
    }

    [Fact]
    public void A_GDELT_file_passed_as_ICEWS_is_rejected_whole()
    {
        using var fixture = new WarehouseFixture();

        var result = Assert.Single(fixture.Warehouse.Import([RealEventFiles.GdeltEvents()[2]], Readers.Icews));

        Assert.Equal(FileImportStatus.Rejected, result.Status);
        Assert.Contains("GDELT", Assert.Single(Rejects(fixture)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_and_gzip_inputs_give_the_same_rows_as_the_plain_file()
    {
        using var fixture = new WarehouseFixture();
        var plain = RealEventFiles.GdeltEvents()[2];
        var zip = fixture.Dir.File("20191024143000.export.CSV.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(plain, "20191024143000.export.CSV");
        }

        var result = Assert.Single(fixture.Warehouse.Import([zip], Readers.GdeltEvents));

        Assert.Equal(FileImportStatus.Complete, result.Status);
        Assert.Equal(File.ReadLines(plain).Count(), result.Added);
        Assert.Equal("20191024143000", result.Release);
        Assert.EndsWith("!20191024143000.export.CSV", result.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Mentions_import_into_their_own_table_and_events_passed_as_mentions_are_rejected()
    {
        using var fixture = new WarehouseFixture();

        var mentions = fixture.Warehouse.Import([SharedData.Require("gdelt", "aamend", "mentions.csv"), SharedData.Require("gdelt", "aamend", "mentionsT.csv")], Readers.GdeltMentions);
        var wrong = fixture.Warehouse.Import([RealEventFiles.GdeltEvents()[0]], Readers.GdeltMentions);

        Assert.All(mentions, m => Assert.Equal(FileImportStatus.Complete, m.Status));
        // Two mentions appear in both files (same event, article, sentence and time): stored once.
        var distinct = new[] { "mentions.csv", "mentionsT.csv" }.SelectMany(f => File.ReadLines(SharedData.Require("gdelt", "aamend", f)))
            .Select(l => l.Split('\t')).Select(c => (c[0], c[2], c[5], c[6])).Distinct().Count();
        Assert.Equal(198, distinct);
        Assert.Equal(distinct, fixture.Count("SELECT count(*) FROM mentions"));
        Assert.Equal(2, mentions.Sum(m => m.Duplicates));
        Assert.Equal(FileImportStatus.Rejected, Assert.Single(wrong).Status);
        Assert.Equal("srclc:ita;eng:GT-ITA 1.0", fixture.Warehouse.Scalar<string>("SELECT translation_info FROM mentions WHERE event_id = 410162378"));
    }

    private static List<(string Path, long Line, string Reason)> Rejects(WarehouseFixture fixture)
    {
        using var command = fixture.Warehouse.Command("SELECT path, line, reason FROM rejects ORDER BY line");
        using var reader = command.ExecuteReader();
        var rows = new List<(string, long, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
        }

        return rows;
    }
}
