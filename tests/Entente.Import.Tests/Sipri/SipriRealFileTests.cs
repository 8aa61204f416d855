using Entente.ArmsTrade;
using Entente.Import.Sipri;
using Entente.Testing;

namespace Entente.Import.Tests.Sipri;

/// <summary>Every SIPRI export in ../shared/data reads completely: nothing rejected, nothing silently lost.</summary>
public sealed class SipriRealFileTests
{
    public static TheoryData<string> Files => [.. new[]
    {
        "Andrei/trade-register.csv", "Andrei/trade-register_initial_situation.csv", "Andrei/export-values_1990-2023.csv",
        "Andrei/import-values_1990-2023.csv", "Andrei/regional-transfers_1990-2023-suppliers_to_the_region.csv",
        "MJHofmann/trade-register.csv", "MJHofmann/import-export-values_1950-2024.csv", "MJHofmann/import-export-values_1950-2024_1950-2024.csv",
    }];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_file_imports_with_nothing_rejected_and_every_record_accounted_for(string relative)
    {
        var path = SharedData.Require("sipri", relative);

        var file = SipriReader.Shipped.Read(path);
        var independent = IndependentCsv.DataRecords(path);

        Assert.Empty(file.Rejected);
        Assert.Equal(independent, file.RowsRead);
        switch (file.Release.Layout)
        {
            case SipriLayout.DeliveryRegister:
                Assert.Equal(independent, file.Deliveries.Count);
                break;
            case SipriLayout.ClassicRegister:
                // A record broken across two lines counts twice for a plain parser and once when joined.
                Assert.Equal(independent - file.Repaired.Count, file.Deals.Count);
                break;
            default:
                Assert.Equal(IndependentCsv.TableActors(path), file.TableValues.Select(v => (v.Region, v.Actor)).Distinct().Count());
                break;
        }
    }

    [Theory]
    [InlineData("Andrei/trade-register.csv", SipriLayout.DeliveryRegister, "2024-04-13", 1990, 2023)]
    [InlineData("Andrei/export-values_1990-2023.csv", SipriLayout.ExporterTable, "2024-04-13", 1990, 2023)]
    [InlineData("Andrei/import-values_1990-2023.csv", SipriLayout.ImporterTable, "2024-04-13", 1990, 2023)]
    [InlineData("Andrei/regional-transfers_1990-2023-suppliers_to_the_region.csv", SipriLayout.RegionalTable, "2024-04-13", 1990, 2023)]
    [InlineData("MJHofmann/trade-register.csv", SipriLayout.ClassicRegister, "2024-10-13", 1950, 2024)]
    [InlineData("MJHofmann/import-export-values_1950-2024_1950-2024.csv", SipriLayout.ExporterTable, "2024-10-13", 1950, 2024)]
    public void The_layout_comes_from_the_content_and_the_release_from_the_preamble(string relative, SipriLayout layout, string release, int first, int last)
    {
        var file = SipriReader.Shipped.Read(SharedData.Require("sipri", relative));

        Assert.Equal(layout, file.Release.Layout);
        Assert.Equal(release, file.Release.Id);
        Assert.Equal((first, last), (file.Release.FirstYear, file.Release.LastYear));
        Assert.Equal(64, file.Release.Sha256.Length);
    }

    [Fact]
    public void The_two_broken_records_of_the_Latin1_register_are_joined_back_with_their_lines()
    {
        var file = SipriReader.Shipped.Read(SharedData.Require("sipri", "MJHofmann", "trade-register.csv"));

        Assert.Equal(2, file.Repaired.Count);
        var thai = file.Deals.Single(d => d.Line == file.Repaired[0].Line);
        Assert.Equal(("THA", "UKR", 2008), (thai.Recipient, thai.Supplier, thai.OrderYear));
        Assert.Equal(3.25m, thai.TivDelivered);
        Assert.Contains(file.Deals, d => d.RecipientName == "Côte d'Ivoire" || d.Comments!.Contains('é', StringComparison.Ordinal));
    }

    [Fact]
    public void Russia_China_deals_include_the_Su35_and_S400_orders_with_their_numbers()
    {
        var file = SipriReader.Shipped.Read(SharedData.Require("sipri", "MJHofmann", "trade-register.csv"));

        var rusChn = file.Deals.Where(d => d.Supplier == "RUS" && d.Recipient == "CHN").ToList();
        var su35 = Assert.Single(rusChn, d => d.Designation == "Su-35S");
        Assert.Equal((2015, 24, 24, 1440m), (su35.OrderYear, su35.NumberOrdered, su35.NumberDelivered, su35.TivOrder));
        Assert.Equal([2016, 2017, 2018], su35.DeliveryYears);
        var s400 = Assert.Single(rusChn, d => d.Designation == "S-400 Triumf");
        Assert.Equal((2015, 8, true), (s400.OrderYear, s400.NumberOrdered, s400.NumberDeliveredEstimated));
        Assert.Equal(97, rusChn.Count);
    }
}
