using Entente.ArmsTrade;
using Entente.Import.Sipri;
using Entente.Testing;

namespace Entente.Import.Tests.Sipri;

/// <summary>Records repeated within a file are reported; a file is read batch by batch, not whole.</summary>
public sealed class SipriDuplicateTests
{
    [Fact]
    public void A_2024_register_whose_rows_are_repeated_74_times_is_refused_with_every_repeat_reported()
    {
        using var dir = new TempDirectory();
        var path = SipriFiles.Repeated(dir, "valid-register.csv", 6, 74);

        var file = SipriReader.Shipped.Read(path);

        Assert.False(file.IsComplete);
        Assert.Equal(3 * 73, file.RejectedCount);
        var first = file.Rejected[0];
        Assert.Equal(10, first.Line);
        Assert.Contains("deal 1001 in 2017 is listed again (first on line 7)", first.Reason, StringComparison.Ordinal);
        Assert.Equal(3, file.Deliveries.Count);
    }

    [Fact]
    public void A_classic_register_whose_deals_repeat_keeps_them_as_SIPRI_lists_them_and_reports_each_repeat()
    {
        using var dir = new TempDirectory();
        var path = SipriFiles.Repeated(dir, "classic-broken-repairable.csv", 6, 3);

        var file = SipriReader.Shipped.Read(path);

        Assert.True(file.IsComplete, string.Join("; ", file.Rejected));
        Assert.Equal(9, file.Deals.Count);
        Assert.Equal(6, file.DuplicateCount);
        Assert.Contains(file.Duplicates, d => d.Reason.Contains("repeats the deal on line 7", StringComparison.Ordinal));
        Assert.Equal(9, file.Deals.Select(d => d.Key).Distinct().Count());
    }

    [Fact]
    public void The_real_classic_register_reports_the_nine_deals_SIPRI_lists_twice()
    {
        var file = SipriReader.Shipped.Read(SharedData.Require("sipri", "MJHofmann", "trade-register.csv"));

        Assert.Equal(9, file.DuplicateCount);
        Assert.True(file.IsComplete);
    }

    [Fact]
    public void Records_come_batch_by_batch_before_the_end_of_the_file_is_read()
    {
        // A register whose 2 001st record is a megabyte of junk: the first batches arrive before the reader reaches it,
        // which a reader that loads the file whole could not do.
        using var dir = new TempDirectory();
        var lines = File.ReadAllLines(SipriFiles.Fixture("valid-register.csv"));
        var rows = Enumerable.Range(1, 2000).Select(i => $"{5000 + i},Russia,China,Su-35S,FGA aircraft,Aircraft,2015,No,1,No,2018,No,New,60,60,60,No");
        var path = dir.Write("large.csv", string.Join('\n', lines.Take(6).Concat(rows)) + "\n" + new string('x', SipriReader.MaxRecordChars + 1));
        using var reading = SipriReader.Shipped.Open(path);
        var received = new List<SipriBatch>();

        var error = Assert.Throws<SipriFormatException>(() =>
        {
            foreach (var batch in reading.Batches(500))
            {
                received.Add(batch);
            }
        });

        Assert.Equal(2007, error.Line);
        Assert.Equal([500, 500, 500, 500], received.Select(b => b.Deliveries.Count));
    }
}
