using Entente.Import.Stata;
using Entente.Import.Unga;
using Entente.Testing;
using Entente.UnVotes;

namespace Entente.Import.Tests.Unga;

/// <summary>The July 2025 ideal-point file read by the Stata 118 reader, checked against an independent decoder.</summary>
public sealed class IdealPointRealFileTests
{
    private static string Path => SharedData.Require("unga", "lucasbuildsapps", "IdealpointsJuly2025.dta");

    [Fact]
    public void The_Stata_reader_reads_the_header_variables_and_every_observation()
    {
        var independent = new IndependentDta(Path);

        var stata = StataReader.Read(Path);

        Assert.Equal(independent.Observations, stata.Observations.Count);
        Assert.Equal(24, stata.Variables.Count);
        Assert.True(stata.LittleEndian);
        Assert.Equal(["ccode", "iso3c", "countryname", "year", "idealpointfp", "idealpointall"], stata.Variables.Take(6).Select(v => v.Name));
        Assert.Equal("%9.0g", stata.Variables[5].Format);
        Assert.Equal("IdealPointAll", stata.Variables[5].Label);
        Assert.Equal(independent.RowWidth, stata.Variables.Sum(v => v.Width));
        Assert.Equal("USA", stata.Observations[0][1]);
        Assert.Equal("United States", stata.Observations[0][2]);
    }

    [Fact]
    public void Every_estimated_country_year_becomes_an_ideal_point_equal_to_the_independent_decoding()
    {
        var independent = new IndependentDta(Path);

        var file = IdealPointReader.Shipped.Read(Path);

        var estimated = Enumerable.Range(0, (int)independent.Observations).Count(o => independent.Number(o, "idealpointall") < 1.7e38);

        Assert.Empty(file.Rejected);
        Assert.Equal(independent.Observations, file.File.RowsRead);
        Assert.Equal(estimated, file.Points.Count);
        Assert.All(file.Points.Where((_, i) => i % 97 == 0), p =>
        {
            Assert.Equal(independent.Number(p.Observation - 1, "ccode"), p.CountryCode);
            Assert.Equal(independent.Number(p.Observation - 1, "idealpointall"), p.Value);
            Assert.Equal(independent.Number(p.Observation - 1, "q95all"), p.High);
        });
    }

    [Theory]
    [InlineData(2001)]
    [InlineData(2010)]
    [InlineData(2020)]
    public void The_Russia_China_distance_equals_the_one_computed_from_the_independent_decoding(int year)
    {
        var independent = new IndependentDta(Path);
        long Find(int code) => Enumerable.Range(0, (int)independent.Observations)
            .Single(o => independent.Number(o, "ccode") == code && independent.Number(o, "year") == year);
        var expected = Math.Abs(independent.Number(Find(365), "idealpointall") - independent.Number(Find(710), "idealpointall"));

        var points = IdealPointReader.Shipped.Read(Path).Points;
        var distance = IdealPointDistance.Between(points.Single(p => p.CountryCode == 365 && p.Year == year), points.Single(p => p.CountryCode == 710 && p.Year == year));

        Assert.Equal(expected, distance.Distance, 12);
        Assert.InRange(distance.Distance, distance.Low!.Value, distance.High!.Value);
        Assert.Equal(["CHN", "RUS"], points.Where(p => p.Year == year && p.CountryCode is 365 or 710).OrderByDescending(p => p.CountryCode).Select(p => p.ActorId));
    }
}
