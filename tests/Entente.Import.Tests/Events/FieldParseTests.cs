using System.Globalization;
using Entente.Import.Events;

namespace Entente.Import.Tests.Events;

/// <summary>The direct parsing paths give exactly what the framework's parsers give, and refuse what they refuse.</summary>
public sealed class FieldParseTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0.0")]
    [InlineData("1.9")]
    [InlineData("-10")]
    [InlineData("3.47826086956522")]
    [InlineData("-3.47826086956522")]
    [InlineData("39.9289")]
    [InlineData("116.388")]
    [InlineData("0.000000000000001")]
    [InlineData("999999999999999")]
    [InlineData("1234567890.12345678")]
    [InlineData("1e3")]
    [InlineData(".5")]
    [InlineData("5.")]
    public void Decimals_parse_to_the_same_double_as_double_Parse(string text)
    {
        Assert.True(FieldParse.OptionalDouble(text, out var value));

        Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), value!.Value);
        Assert.Equal(double.IsNegative(double.Parse(text, CultureInfo.InvariantCulture)), double.IsNegative(value.Value));
    }

    [Fact]
    public void A_million_random_decimals_of_GDELT_shape_parse_bit_for_bit_like_double_Parse()
    {
        var random = new Random(20261128);
        for (var i = 0; i < 1_000_000; i++)
        {
            var whole = random.Next(0, 1_000_000);
            var fraction = random.NextInt64(0, 10_000_000_000L).ToString("D10", CultureInfo.InvariantCulture)[..random.Next(1, 11)];
            var text = $"{(random.Next(2) == 0 ? "-" : "")}{whole}.{fraction}";

            Assert.True(FieldParse.TryDecimal(text, out var fast) || text.Replace("-", "").Replace(".", "").Length > 15);
            if (text.Replace("-", "").Replace(".", "").Length <= 15)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), BitConverter.DoubleToInt64Bits(fast));
            }
        }
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1,5")]
    [InlineData("Infinity")]
    public void Malformed_decimals_are_refused(string text) => Assert.False(FieldParse.OptionalDouble(text, out _));

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("-7", -7L)]
    [InlineData("410162378", 410162378L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Integers_parse_directly_and_past_18_digits_through_the_framework(string text, long expected)
    {
        Assert.True(FieldParse.Long(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("12a")]
    [InlineData("1.0")]
    public void Out_of_range_or_malformed_whole_numbers_are_refused(string text) => Assert.False(FieldParse.OptionalInt(text, out _));

    [Theory]
    [InlineData("20191024", true)]
    [InlineData("20190229", false)]
    [InlineData("20200229", true)]
    [InlineData("17991231", false)]
    [InlineData("2019102", false)]
    [InlineData("2019-10-2", false)]
    [InlineData("20191301", false)]
    public void Compact_dates_are_checked_for_calendar_validity(string text, bool valid)
    {
        Assert.Equal(valid, FieldParse.CompactDate(text, out var date));
        if (valid)
        {
            Assert.Equal(DateOnly.ParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture), date);
        }
    }
}
