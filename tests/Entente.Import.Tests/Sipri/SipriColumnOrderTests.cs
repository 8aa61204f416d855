using Entente.ArmsTrade;
using Entente.Import.Sipri;
using Entente.Testing;

namespace Entente.Import.Tests.Sipri;

/// <summary>Registers are read by header name: the same export with its columns in another order reads the same.</summary>
public sealed class SipriColumnOrderTests
{
    [Fact]
    public void A_register_with_its_columns_shuffled_reads_the_same_deals_and_deliveries()
    {
        using var dir = new TempDirectory();
        var original = SipriReader.Shipped.Read(SipriFiles.Fixture("valid-register.csv"));

        var shuffled = SipriReader.Shipped.Read(SipriFiles.Shuffled(dir, SipriFiles.Fixture("valid-register.csv"), 6));

        Assert.True(shuffled.IsComplete, string.Join("; ", shuffled.Rejected));
        Assert.Equal(Comparable(original), Comparable(shuffled));
        Assert.Equal(1440m, shuffled.Deals.Single(d => d.Key == "1001").TivDelivered);
    }

    [Fact]
    public void A_classic_register_with_its_columns_shuffled_reads_the_same_deals_with_the_same_keys()
    {
        using var dir = new TempDirectory();
        var original = SipriReader.Shipped.Read(SipriFiles.Fixture("classic-broken-repairable.csv"));

        var shuffled = SipriReader.Shipped.Read(SipriFiles.Shuffled(dir, SipriFiles.Fixture("classic-broken-repairable.csv"), 6));

        Assert.True(shuffled.IsComplete, string.Join("; ", shuffled.Rejected));
        var whole = original.Deals.Where(d => original.Repaired.All(r => r.Line != d.Line)).Select(d => d with { Line = 0 }).ToList();
        Assert.Equal(2, whole.Count);
        Assert.Equal(whole.Select(d => d.Key), shuffled.Deals.Select(d => d.Key));
        Assert.Equal(whole.Select(d => (d.Recipient, d.Supplier, d.NumberOrdered, d.NumberDeliveredEstimated, d.OrderYearEstimated, d.Comments, d.TivOrder)),
            shuffled.Deals.Select(d => (d.Recipient, d.Supplier, d.NumberOrdered, d.NumberDeliveredEstimated, d.OrderYearEstimated, d.Comments, d.TivOrder)));
    }

    [Fact]
    public void The_real_2024_register_with_its_columns_shuffled_reads_the_same()
    {
        var path = SharedData.Require("sipri", "Andrei", "trade-register.csv");
        using var dir = new TempDirectory();
        var original = SipriReader.Shipped.Read(path);

        var shuffled = SipriReader.Shipped.Read(SipriFiles.Shuffled(dir, path, 12));

        Assert.True(shuffled.IsComplete, string.Join("; ", shuffled.Rejected.Take(5)));
        Assert.Equal(original.Deliveries.Count, shuffled.Deliveries.Count);
        Assert.Equal(original.Deliveries.Sum(d => d.Tiv), shuffled.Deliveries.Sum(d => d.Tiv));
        Assert.Equal(Comparable(original), Comparable(shuffled));
    }

    [Theory]
    [InlineData("TIV delivery values")]
    [InlineData("Supplier")]
    [InlineData("Delivery year")]
    public void A_missing_required_column_refuses_the_file_naming_the_column(string column)
    {
        using var dir = new TempDirectory();
        var records = PlainCsv.Records(SipriFiles.Fixture("valid-register.csv")).ToList();
        var header = records.FindIndex(r => r.Contains("TIV delivery values"));
        var drop = Array.IndexOf(records[header], column);
        var lines = File.ReadAllLines(SipriFiles.Fixture("valid-register.csv")).Take(5)
            .Concat(records.Skip(header).Select(r => string.Join(',', r.Where((_, i) => i != drop).Select(SipriFiles.Quote))));
        var path = dir.Write("missing.csv", string.Join('\n', lines) + "\n");

        var error = Assert.Throws<SipriFormatException>(() => SipriReader.Shipped.Read(path));

        Assert.Contains($"'{column}'", error.Reason, StringComparison.Ordinal);
        Assert.Equal(6, error.Line);
    }

    private static List<string> Comparable(SipriFile file) =>
        [.. file.Deliveries.Select(d => $"{d.DealKey}|{d.Supplier}|{d.Recipient}|{d.Year}|{d.Tiv}|{d.Number}|{d.NumberEstimated}|{d.YearEstimated}|{d.Category}")
            .Concat(file.Deals.Select(d => $"{d.Key}|{d.Designation}|{d.Description}|{d.Status}|{d.OrderYear}|{d.OrderYearEstimated}|{d.TivPerUnit}|{d.TivDelivered}"))];
}
