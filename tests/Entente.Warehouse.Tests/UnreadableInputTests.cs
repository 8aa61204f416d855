using System.IO.Compression;
using Entente.Testing;

namespace Entente.Warehouse.Tests;

/// <summary>Inputs that are not event data at all end as one reject each, with the reason; never as an exception.</summary>
public sealed class UnreadableInputTests
{
    [Fact]
    public void A_file_named_gz_that_is_not_gzip_is_rejected_whole()
    {
        using var fixture = new WarehouseFixture();
        var path = fixture.Dir.Write("fake.export.CSV.gz", "this is plain text, not gzip\n");

        var result = Assert.Single(fixture.Warehouse.Import([path], Readers.GdeltEvents));

        Assert.Equal(FileImportStatus.Rejected, result.Status);
        Assert.Contains("cannot be read as event data", Assert.Single(result.Examples).Reason, StringComparison.Ordinal);
        Assert.Equal(0, fixture.Warehouse.EventCount());
    }

    [Fact]
    public void A_file_named_zip_that_is_not_a_zip_archive_is_rejected_whole_and_the_next_file_still_imports()
    {
        using var fixture = new WarehouseFixture();
        var fake = fixture.Dir.Write("fake.export.CSV.zip", "PK but not really an archive");

        var results = fixture.Warehouse.Import([fake, RealEventFiles.Icews()], Readers.Icews);

        Assert.Equal(FileImportStatus.Rejected, results[0].Status);
        Assert.Contains("not a readable zip archive", Assert.Single(results[0].Examples).Reason, StringComparison.Ordinal);
        Assert.Equal(FileImportStatus.Complete, results[1].Status);
    }

    [Fact]
    public void A_gzip_of_zeros_is_stopped_at_the_line_limit_instead_of_filling_memory()
    {
        using var fixture = new WarehouseFixture(new EventWarehouseOptions { MaxLineBytes = 1 << 16 });
        var path = fixture.Dir.File("zeros.export.CSV.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            var zeros = new byte[1 << 16];
            for (var i = 0; i < 64; i++)
            {
                gzip.Write(zeros);
            }
        }

        var result = Assert.Single(fixture.Warehouse.Import([path], Readers.GdeltEvents));

        Assert.True(result.HasProblems);
        Assert.Equal(0, result.Added);
        Assert.Contains(result.Examples, e => e.Reason.Contains("a line is longer than", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_longer_than_the_limit_ends_the_file_with_a_reject_after_the_rows_before_it()
    {
        using var fixture = new WarehouseFixture(new EventWarehouseOptions { MaxLineBytes = 1 << 16 });
        var rows = File.ReadLines(SharedData.Require("gdelt", "arekziobrowski", "20191024143000.export.CSV")).Take(3).ToList();
        rows.Add(new string('x', 1 << 18));
        var path = fixture.Dir.Write("long-line.export.CSV", string.Join('\n', rows) + "\n");

        var result = Assert.Single(fixture.Warehouse.Import([path], Readers.GdeltEvents));

        Assert.True(result.HasProblems);
        Assert.Contains(result.Examples, e => e.Reason.Contains("a line is longer than", StringComparison.Ordinal));
        Assert.Equal(result.Added, fixture.Warehouse.EventCount());
    }
}
