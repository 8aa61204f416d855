using System.Text;
using Entente.ArmsTrade;
using Entente.Import.Sipri;
using Entente.Testing;

namespace Entente.Import.Tests.Sipri;

/// <summary>One fixture per malformation: each is reported with file, line and reason, and the file is not complete.</summary>
public sealed class SipriMalformedTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Sipri", name);

    [Fact]
    public void A_well_formed_register_reads_deals_from_their_delivery_rows()
    {
        var file = SipriReader.Shipped.Read(Fixture("valid-register.csv"));

        Assert.True(file.IsComplete);
        Assert.Equal(("2020-03-02", SipriLayout.DeliveryRegister, 2015, 2019), (file.Release.Id, file.Release.Layout, file.Release.FirstYear, file.Release.LastYear));
        Assert.Equal(3, file.Deliveries.Count);
        var su35 = file.Deals.Single(d => d.Key == "1001");
        Assert.Equal((24, 1440m, "RUS", "CHN"), (su35.NumberDelivered, su35.TivDelivered, su35.Supplier, su35.Recipient));
        Assert.Equal([2017, 2018], su35.DeliveryYears);
        Assert.Equal("New licensed production; local production", file.Deals.Single(d => d.Key == "1002").Status);
        Assert.True(file.Deals.Single(d => d.Key == "1002").OrderYearEstimated);
    }

    [Theory]
    [InlineData("missing-column.csv", 8, "16 fields where the header has 17")]
    [InlineData("shifted-column.csv", 8, "18 fields where the header has 17")]
    [InlineData("non-numeric-tiv.csv", 8, "TIV delivery values 'eight hundred' is not a number")]
    [InlineData("truncated.csv", 9, "6 fields where the header has 17")]
    [InlineData("classic-broken-unrepairable.csv", 8, "13 fields where the header has 16")]
    public void A_bad_record_is_rejected_with_its_line_and_reason_and_the_file_is_incomplete(string fixture, int line, string reason)
    {
        var file = SipriReader.Shipped.Read(Fixture(fixture));

        Assert.False(file.IsComplete);
        var reject = Assert.Single(file.Rejected, r => r.Line == line);
        Assert.Contains(reason, reject.Reason, StringComparison.Ordinal);
        Assert.Equal(Fixture(fixture), reject.File);
    }

    [Fact]
    public void A_record_broken_inside_its_comment_is_joined_back_when_the_fields_add_up()
    {
        var file = SipriReader.Shipped.Read(Fixture("classic-broken-repairable.csv"));

        Assert.True(file.IsComplete);
        Assert.Equal(3, file.Deals.Count);
        var repaired = Assert.Single(file.Repaired);
        Assert.Equal(8, repaired.Line);
        var thai = file.Deals.Single(d => d.Recipient == "THA");
        Assert.Equal("Part of a larger deal; delivery delayed after an engine supplier refused to export", thai.Comments);
        Assert.Equal((3.5m, 3.25m), (thai.TivOrder, thai.TivDelivered));
        Assert.True(thai.NumberDeliveredEstimated);
    }

    [Fact]
    public void Unknown_country_names_are_all_listed_and_the_file_refused()
    {
        var error = Assert.Throws<SipriFormatException>(() => SipriReader.Shipped.Read(Fixture("unknown-country.csv")));

        Assert.Contains("'Atlantis' (line 8)", error.Reason, StringComparison.Ordinal);
        Assert.Contains("'Lemuria' (line 9)", error.Reason, StringComparison.Ordinal);
        Assert.Equal(8, error.Line);
    }

    [Fact]
    public void An_HTML_error_page_saved_as_csv_is_refused()
    {
        var error = Assert.Throws<SipriFormatException>(() => SipriReader.Shipped.Read(Fixture("html-page.csv")));

        Assert.Contains("HTML page", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_UTF16_file_is_refused_with_a_hint()
    {
        using var dir = new TempDirectory();
        var path = dir.File("utf16.csv");
        File.WriteAllText(path, File.ReadAllText(Fixture("valid-register.csv")), Encoding.Unicode);

        var error = Assert.Throws<SipriFormatException>(() => SipriReader.Shipped.Read(path));

        Assert.Contains("UTF-16", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_CSV_that_is_not_a_SIPRI_export_is_refused()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("other.csv", "name,value\na,1\n");

        Assert.Contains("no SIPRI header row", Assert.Throws<SipriFormatException>(() => SipriReader.Shipped.Read(path)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_its_release_date_is_refused()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("undated.csv", string.Join('\n', File.ReadAllLines(Fixture("valid-register.csv")).Where(l => !l.StartsWith("Data generated", StringComparison.Ordinal))));

        Assert.Contains("Data generated", Assert.Throws<SipriFormatException>(() => SipriReader.Shipped.Read(path)).Reason, StringComparison.Ordinal);
    }
}
