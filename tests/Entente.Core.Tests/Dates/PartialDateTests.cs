using Entente.Dates;

namespace Entente.Core.Tests.Dates;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2018", DatePrecision.Year, "2018-01-01", "2018-12-31")]
    [InlineData("2018-09", DatePrecision.Month, "2018-09-01", "2018-09-30")]
    [InlineData("2020-02", DatePrecision.Month, "2020-02-01", "2020-02-29")]
    [InlineData("2018-09-11", DatePrecision.Day, "2018-09-11", "2018-09-11")]
    public void A_date_keeps_its_precision_and_covers_the_days_it_can_mean(string text, DatePrecision precision, string start, string end)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(start), date.Start);
        Assert.Equal(DateOnly.Parse(end), date.End);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2019-02-30")]
    [InlineData("2019-13")]
    [InlineData("19")]
    [InlineData("2019-1-5")]
    [InlineData("September 2018")]
    [InlineData("")]
    public void Impossible_or_sloppy_dates_are_rejected_with_a_reason(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _, out var error));
        Assert.Contains(text, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_must_not_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() => new DateSpan(PartialDate.Parse("2019"), PartialDate.Parse("2018-12")));
    }

    [Fact]
    public void A_range_overlaps_a_window_when_any_day_is_shared()
    {
        var vostok = new DateSpan(PartialDate.Parse("2018-09-11"), PartialDate.Parse("2018-09-17"));

        Assert.True(vostok.Overlaps(new DateOnly(2018, 9, 17), null));
        Assert.False(vostok.Overlaps(new DateOnly(2018, 9, 18), null));
        Assert.True(vostok.Overlaps(null, new DateOnly(2018, 9, 11)));
    }

    [Fact]
    public void A_year_sorts_before_a_day_within_it_that_ends_earlier()
    {
        Assert.True(PartialDate.Parse("2018") < PartialDate.Parse("2018-01-01") == false);
        Assert.True(PartialDate.Parse("2018-01-01") < PartialDate.Parse("2018"));
    }
}
