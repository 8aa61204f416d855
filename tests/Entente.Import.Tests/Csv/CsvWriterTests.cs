using Entente.Import.Csv;

namespace Entente.Import.Tests.Csv;

/// <summary>The one CSV writer: numbers as numbers, formulas in text defused, control characters dropped, quoting by RFC 4180.</summary>
public sealed class CsvWriterTests
{
    [Fact]
    public void Numbers_are_written_exactly_and_never_guarded()
    {
        Assert.Equal(["-0.5", "1094.9500", "-3", ""], new object?[] { -0.5m, 1094.9500m, -3, null }.Select(CsvWriter.Cell));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("-0.5", "'-0.5")]
    [InlineData("+1", "'+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("bell\u0007 and \u001b[31mred", "bell and [31mred")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Text_that_a_spreadsheet_would_run_is_defused_and_control_characters_are_dropped(string text, string cell)
    {
        Assert.Equal(cell, CsvWriter.Cell(text));
    }

    [Fact]
    public void A_table_is_a_header_and_rows_with_CRLF_endings()
    {
        var writer = new StringWriter();

        CsvWriter.Write(writer, ["Year", "TIV"], [[2018, 1686.05m], [2019, null]]);

        Assert.Equal("Year,TIV\r\n2018,1686.05\r\n2019,\r\n", writer.ToString());
    }
}
