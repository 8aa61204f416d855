using Entente.Warehouse.Queries;

namespace Entente.Warehouse.Tests;

/// <summary>ICEWS events from the real Dataverse sample, country names resolved through the actor registry.</summary>
public sealed class IcewsImportTests
{
    [Fact]
    public void Every_ICEWS_row_is_imported_and_Russia_China_rows_match_a_recount_by_country_name()
    {
        using var fixture = new WarehouseFixture();

        var result = Assert.Single(fixture.Warehouse.Import([RealEventFiles.Icews()], Readers.Icews));

        Assert.Equal(FileImportStatus.Complete, result.Status);
        Assert.Equal(RealEventFiles.IcewsRows().Count(), fixture.Warehouse.EventCount());
        var recount = RealEventFiles.IcewsDyad("Russian Federation", "China").ToList();
        Assert.Equal(8, recount.Count);
        var series = fixture.Warehouse.DyadSeries(new DyadQuery { Actor1 = "RUS", Actor2 = "CHN", By = SeriesPeriod.Day });
        Assert.Equal(recount.GroupBy(c => c[1]).ToDictionary(g => g.Key, g => (long)g.Count()),
            series.ToDictionary(p => p.Period.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), p => p.Events));
        var directed = fixture.Warehouse.DyadSeries(new DyadQuery { Actor1 = "RUS", Actor2 = "CHN", Directed = true }).Sum(p => p.Events);
        Assert.Equal(recount.Count(c => c[4] == "Russian Federation"), directed);
    }

    [Fact]
    public void Every_ICEWS_country_name_in_the_sample_resolves_to_a_registry_state()
    {
        var names = RealEventFiles.IcewsRows().SelectMany(c => new[] { c[4], c[10], c[17] }).Where(n => n != "NA").Distinct().ToList();

        var unresolved = names.Where(n => Entente.Cameo.CameoActorMap.Shipped.FromCountryName(n) is null).Order().ToList();

        Assert.True(names.Count > 100);
        Assert.Empty(unresolved);
    }

    [Fact]
    public void ICEWS_rows_carry_CAMEO_country_codes_codes_with_leading_zeros_and_intensity_as_Goldstein()
    {
        using var fixture = new WarehouseFixture();

        fixture.Warehouse.Import([RealEventFiles.Icews()], Readers.Icews);

        Assert.Equal("RUS", fixture.Warehouse.Scalar<string>("SELECT actor1_country FROM events WHERE actor1_id = 'RUS' LIMIT 1"));
        var first = RealEventFiles.IcewsRows().First();
        var id = long.Parse(first[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(first[6], fixture.Warehouse.Scalar<string>("SELECT event_code FROM events WHERE event_id = ?", id));
        Assert.StartsWith("0", first[6], StringComparison.Ordinal);
        Assert.Equal(double.Parse(first[7], System.Globalization.CultureInfo.InvariantCulture), fixture.Warehouse.Scalar<double>("SELECT goldstein FROM events WHERE event_id = ?", id));
        Assert.Equal(1, fixture.Warehouse.Scalar<int>("SELECT quad_class FROM events WHERE event_id = ?", id));
        Assert.Equal(0, fixture.Count("SELECT count(*) FROM events WHERE actor1_sectors = 'NA' OR actor1_name = 'NA'"));
    }
}
