using Entente.Import.Bundle;
using Entente.Serialization;
using Entente.Testing;

namespace Entente.Import.Tests.Bundle;

public sealed class BundleWriterTests
{
    [Fact]
    public void A_written_bundle_reads_back_to_the_same_records() => AssertRoundTrip(Fixtures.Sample);

    [Fact]
    public void The_flagship_case_survives_a_round_trip_unchanged() => AssertRoundTrip(Repository.FlagshipCase);

    private static void AssertRoundTrip(string bundlePath)
    {
        var original = BundleValidator.Shipped.ReadAndValidate(bundlePath);
        Assert.Empty(original.Diagnostics);
        using var dir = new TempDirectory();
        var path = dir.File("roundtrip.yaml");
        using (var writer = File.CreateText(path))
        {
            BundleWriter.Write(writer, original.Bundle);
        }

        var again = BundleValidator.Shipped.ReadAndValidate(path);

        Assert.Empty(again.Diagnostics);
        Assert.Equal(Hashes(original.Bundle), Hashes(again.Bundle));
    }

    private static List<string> Hashes(Entente.Bundles.Bundle bundle) =>
    [
        .. bundle.Actors.Select(EntenteJson.ContentHash),
        .. bundle.Sources.Select(EntenteJson.ContentHash),
        .. bundle.Items.Select(EntenteJson.ContentHash),
    ];
}
