using System.Text;
using Entente.Import.Stata;
using Entente.Testing;

namespace Entente.Import.Tests.Unga;

/// <summary>Files the Stata reader must refuse: another release, a truncated file, not Stata at all.</summary>
public sealed class StataBadInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void A_truncated_file_is_refused_as_truncated()
    {
        var bytes = File.ReadAllBytes(SharedData.Require("unga", "lucasbuildsapps", "IdealpointsJuly2025.dta"));
        var path = _temp.File("cut.dta");

        var error = Assert.Throws<StataFormatException>(() => StataReader.Read(path, bytes[..500_000]));

        Assert.Equal($"{path}: byte 500000: the map says the file has {bytes.Length} bytes but it has 500000: it is truncated", error.Message);
    }

    [Fact]
    public void A_file_of_another_release_is_refused_with_advice()
    {
        var path = _temp.File("old.dta");
        var release117 = Encoding.ASCII.GetBytes("<stata_dta><header><release>117</release><byteorder>LSF</byteorder>");
        var release115 = new byte[] { 115, 1, 1, 0 };

        var newer = Assert.Throws<StataFormatException>(() => StataReader.Read(path, release117));
        var older = Assert.Throws<StataFormatException>(() => StataReader.Read(path, release115));

        Assert.Contains("Stata release 117: Entente reads release 118 only", newer.Message, StringComparison.Ordinal);
        Assert.Contains("an old-format Stata file (release 115)", older.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_Stata_is_refused()
    {
        var path = _temp.File("text.dta");

        var error = Assert.Throws<StataFormatException>(() => StataReader.Read(path, Encoding.ASCII.GetBytes("ccode,year\n365,2001\n")));

        Assert.Equal($"{path}: byte 0: not a Stata .dta file", error.Message);
    }

    public void Dispose() => _temp.Dispose();
}
