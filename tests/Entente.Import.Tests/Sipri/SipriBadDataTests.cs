using Entente.Import.Sipri;
using Entente.Testing;

namespace Entente.Import.Tests.Sipri;

/// <summary>Files that look like SIPRI exports but are cut, appended to, empty or repeated are refused, never taken as complete.</summary>
public sealed class SipriBadDataTests
{
    private const string TablePreamble = "Volume of transfers of major arms\nFixture written by the Entente project.\n\nSource: SIPRI Arms Transfers Database (c) SIPRI.\nData generated: 2 Mar 2020 10:00:00 AM\n\n";
    private const string TableHeader = "Exports by,2017,2018,2019,2017-2019,Percentage\n";

    [Fact]
    public void A_TIV_table_cut_before_its_Total_row_is_incomplete()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("cut.csv", TablePreamble + TableHeader + "Russia,6376,6901,5051,18328,60%\nChina,1500,1200,1400,4100,14%\n");

        var file = SipriReader.Shipped.Read(path);

        Assert.False(file.IsComplete);
        Assert.Contains(file.Rejected, r => r.Reason.Contains("ends before its Total row", StringComparison.Ordinal) && r.Line == 7);
    }

    [Fact]
    public void A_complete_TIV_table_with_its_Total_row_is_complete()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("whole.csv", TablePreamble + TableHeader + "Russia,6376,6901,5051,18328,60%\nTotal,6376,6901,5051,18328,100%\n");

        var file = SipriReader.Shipped.Read(path);

        Assert.True(file.IsComplete, string.Join("; ", file.Rejected));
        Assert.Equal(3, file.TableValues.Count);
    }

    [Theory]
    [InlineData("Total,6376,6901,5051,18328,100%\n<html>junk", "text after the table's Total row")]
    [InlineData("Total,6376,6901,5051,18328,100%junk,more\n", "7 fields where the header has 6")]
    public void A_TIV_table_with_junk_glued_to_its_last_row_is_incomplete(string tail, string reason)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("junk.csv", TablePreamble + TableHeader + "Russia,6376,6901,5051,18328,60%\n" + tail);

        var file = SipriReader.Shipped.Read(path);

        Assert.False(file.IsComplete);
        Assert.Contains(file.Rejected, r => r.Reason.Contains(reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("NoJUNK", "Local production 'NoJUNK' is not Yes or No")]
    [InlineData("No,junk", "18 fields where the header has 17")]
    [InlineData("No\u001a\u001a\u001a", "Local production")]
    public void A_register_with_junk_glued_to_its_last_row_is_incomplete(string lastCell, string reason)
    {
        using var dir = new TempDirectory();
        var text = File.ReadAllText(SipriFiles.Fixture("valid-register.csv")).TrimEnd();
        var path = dir.Write("junk.csv", text[..text.LastIndexOf(",Yes", StringComparison.Ordinal)] + "," + lastCell);

        var file = SipriReader.Shipped.Read(path);

        Assert.False(file.IsComplete);
        Assert.Contains(file.Rejected, r => r.Line == 9 && r.Reason.Contains(reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("valid-register.csv", 6)]
    [InlineData("classic-broken-repairable.csv", 6)]
    public void A_header_only_file_is_incomplete(string fixture, int headerLine)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("header-only.csv", string.Join('\n', File.ReadAllLines(SipriFiles.Fixture(fixture)).Take(headerLine)) + "\n");

        var file = SipriReader.Shipped.Read(path);

        Assert.False(file.IsComplete);
        Assert.Contains(file.Rejected, r => r.Line == headerLine && r.Reason.Contains("no records after it", StringComparison.Ordinal));
    }

    [Fact]
    public void A_header_only_TIV_table_is_incomplete()
    {
        using var dir = new TempDirectory();

        var file = SipriReader.Shipped.Read(dir.Write("header-only.csv", TablePreamble + TableHeader));

        Assert.False(file.IsComplete);
    }

    [Fact]
    public void A_directory_a_device_of_zeros_and_an_endless_line_are_refused_with_one_line()
    {
        using var dir = new TempDirectory();
        var endless = dir.Write("endless.csv", new string('a', SipriReader.MaxRecordChars + 10));

        Assert.Contains("directory", Assert.Throws<SipriFormatException>(() => SipriReader.Shipped.Open(dir.Path)).Reason, StringComparison.Ordinal);
        Assert.Contains("NUL bytes", Assert.Throws<SipriFormatException>(() => SipriReader.Shipped.Open("/dev/zero")).Reason, StringComparison.Ordinal);
        Assert.Contains("longer than", Assert.Throws<SipriFormatException>(() => SipriReader.Shipped.Open(endless)).Reason, StringComparison.Ordinal);
        Assert.Contains("empty", Assert.Throws<SipriFormatException>(() => SipriReader.Shipped.Open(dir.Write("empty.csv", ""))).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_far_below_a_long_preamble_is_not_searched_for_forever()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("preamble.csv", string.Concat(Enumerable.Repeat("note\n", SipriReader.MaxPreambleRecords + 5)) + File.ReadAllText(SipriFiles.Fixture("valid-register.csv")));

        Assert.Contains("no SIPRI header row", Assert.Throws<SipriFormatException>(() => SipriReader.Shipped.Open(path)).Reason, StringComparison.Ordinal);
    }
}
