using Entente.Bundles;

namespace Entente.Storage.Tests.Conformance;

/// <summary>Records belong to the bundle that brought them: another bundle changes them only when told to, and says so.</summary>
public abstract partial class EvidenceStoreConformance
{
    private static readonly Bundle Shipped = SampleEvidence.Bundle with { Info = new BundleInfo("shipped-case") };

    private static Bundle Users(params Sources.Source[] sources) => new() { Info = new BundleInfo("my-case"), Sources = sources };

    private static ImportOptions Options(OthersRecords others) => new() { Origin = "/home/analyst/my-case", OthersRecords = others };

    [Fact]
    public async Task Each_record_is_owned_by_the_bundle_that_brought_it()
    {
        await Store.ImportAsync(Shipped, "/opt/entente/cases/shipped");
        await Store.ImportAsync(SampleEvidence.Bundle with { Items = [], Sources = [], Actors = [] }, "/x");

        Assert.Equal("shipped-case", await Store.OwnerAsync("source", "wire"));
        Assert.Equal("shipped-case", await Store.OwnerAsync("item", "vostok-2018"));
        Assert.Null(await Store.OwnerAsync("source", "nothing"));
    }

    [Fact]
    public async Task Redefining_another_bundles_source_is_refused_naming_the_owner_and_nothing_is_written()
    {
        await Store.ImportAsync(Shipped, "/opt/entente/cases/shipped");
        var before = await Store.CountAsync();
        var regraded = SampleEvidence.Wire with { Grade = new Sources.Grade(Sources.Reliability.F, 6) };
        var added = SampleEvidence.Blog with { Id = "my-own-source" };

        var error = await Assert.ThrowsAsync<OwnershipConflictException>(() => Store.ImportAsync(Users(added, regraded), Options(OthersRecords.Refuse)));

        Assert.Equal([new OwnedRecord("source", "wire", "shipped-case")], error.Conflicts);
        Assert.Contains("source 'wire' (owned by shipped-case)", error.Message, StringComparison.Ordinal);
        Assert.Contains("--replace", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Store.CountAsync());
        Assert.Equal(SampleEvidence.Wire.Grade, (await Store.FindSourceAsync("wire"))!.Grade);
    }

    [Fact]
    public async Task Citing_another_bundles_source_unchanged_is_not_a_conflict()
    {
        await Store.ImportAsync(Shipped, "/opt/entente/cases/shipped");

        var summary = await Store.ImportAsync(Users(SampleEvidence.Wire) with { Items = [SampleEvidence.Su35 with { Id = "my-item" }] }, Options(OthersRecords.Refuse));

        Assert.Equal(new RecordChanges(1, 0, 0), summary.Items);
        Assert.Equal("shipped-case", await Store.OwnerAsync("source", "wire"));
    }

    [Fact]
    public async Task Replacing_another_bundles_source_is_reported_and_keeps_the_earlier_version()
    {
        await Store.ImportAsync(Shipped, "/opt/entente/cases/shipped");
        var regraded = SampleEvidence.Wire with { Grade = new Sources.Grade(Sources.Reliability.F, 6) };

        var summary = await Store.ImportAsync(Users(regraded), Options(OthersRecords.Replace));

        Assert.Equal([new OwnedRecord("source", "wire", "shipped-case")], summary.Replaced);
        Assert.Equal(new RecordChanges(0, 1, 0), summary.Sources);
        Assert.Equal(regraded.Grade, (await Store.FindSourceAsync("wire"))!.Grade);
        Assert.Equal("my-case", await Store.OwnerAsync("source", "wire"));
        Assert.Equal(1, (await Store.CountAsync()).SourceVersions);
    }

    [Fact]
    public async Task Reloading_a_bundle_keeps_what_another_bundle_replaced_and_says_so()
    {
        await Store.ImportAsync(Shipped, "/opt/entente/cases/shipped");
        var regraded = SampleEvidence.Wire with { Grade = new Sources.Grade(Sources.Reliability.F, 6) };
        await Store.ImportAsync(Users(regraded), Options(OthersRecords.Replace));

        var reload = await Store.ImportAsync(Shipped, new ImportOptions { Origin = "/opt/entente/cases/shipped", OthersRecords = OthersRecords.Keep });

        Assert.Equal([new OwnedRecord("source", "wire", "my-case")], reload.Kept);
        Assert.Equal(new RecordChanges(0, 0, 2, 1), reload.Sources);
        Assert.False(reload.ChangedAnything);
        Assert.Equal(regraded.Grade, (await Store.FindSourceAsync("wire"))!.Grade);
    }
}
