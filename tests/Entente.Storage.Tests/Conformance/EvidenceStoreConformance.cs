using Entente.Bundles;
using Entente.Evidence;

namespace Entente.Storage.Tests.Conformance;

/// <summary>
/// What every evidence store must do, written once. Each backend derives a class that says how to
/// open a fresh store; the tests are the same for all.
/// </summary>
public abstract partial class EvidenceStoreConformance : IAsyncLifetime
{
    protected IEvidenceStore Store { get; set; } = null!;

    /// <summary>Opens an empty store of the backend under test.</summary>
    protected abstract Task<IEvidenceStore> OpenEmptyAsync();

    /// <summary>The schema version the backend's newest migration gives; a new store must be at it.</summary>
    protected abstract int LatestSchemaVersion { get; }

    /// <summary>Opens the same store again, as a new process would.</summary>
    protected abstract Task<IEvidenceStore> ReopenAsync();

    public async ValueTask InitializeAsync() => Store = await OpenEmptyAsync();

    public virtual async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected Task<ImportSummary> ImportAsync(Bundle bundle) => Store.ImportAsync(bundle, "test");

    [Fact]
    public async Task A_new_store_is_empty_and_at_the_latest_schema()
    {
        var counts = await Store.CountAsync();

        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0, 0), counts);
        Assert.Equal(LatestSchemaVersion, await Store.SchemaVersionAsync());
    }

    [Fact]
    public async Task Importing_a_bundle_stores_every_record()
    {
        var summary = await ImportAsync(SampleEvidence.Bundle);

        Assert.Equal(new RecordChanges(1, 0, 0), summary.Actors);
        Assert.Equal(new RecordChanges(3, 0, 0), summary.Sources);
        Assert.Equal(new RecordChanges(4, 0, 0), summary.Items);
        Assert.Equal(new StoreCounts(1, 3, 4, 0, 0, 1), await Store.CountAsync());
    }

    [Fact]
    public async Task Reimporting_the_same_bundle_changes_nothing()
    {
        await ImportAsync(SampleEvidence.Bundle);
        var before = await Store.CountAsync();

        var again = await ImportAsync(SampleEvidence.Bundle);

        Assert.False(again.ChangedAnything);
        Assert.Equal(new RecordChanges(0, 0, 4), again.Items);
        Assert.Equal(before, await Store.CountAsync());
    }

    [Fact]
    public async Task A_stored_item_reads_back_equal_in_every_field()
    {
        await ImportAsync(SampleEvidence.Bundle);

        var item = await Store.FindItemAsync("vostok-2018");

        Assert.NotNull(item);
        Assert.Equal(Serialization.EntenteJson.Serialize(SampleEvidence.Vostok), Serialization.EntenteJson.Serialize(item));
        Assert.Equal(SampleEvidence.Mod.Title, (await Store.FindSourceAsync("mod"))!.Title);
        Assert.Equal("test-analyst", Assert.Single(await Store.ActorsAsync()).Id);
    }

    [Fact]
    public async Task An_edited_item_updates_in_place_and_its_earlier_version_stays_queryable()
    {
        await ImportAsync(SampleEvidence.Bundle);
        var edited = SampleEvidence.Vostok with { Summary = "Corrected: the Chinese contingent was 3,200 strong." };

        var summary = await ImportAsync(SampleEvidence.Bundle with { Items = [edited, SampleEvidence.Su35, SampleEvidence.Submarine, SampleEvidence.KazakhTransfer] });

        Assert.Equal(new RecordChanges(0, 1, 3), summary.Items);
        Assert.Equal(edited.Summary, (await Store.FindItemAsync("vostok-2018"))!.Summary);
        var history = await Store.ItemHistoryAsync("vostok-2018");
        Assert.Equal([1, 2], history.Select(v => v.Version));
        Assert.Equal(SampleEvidence.Vostok.Summary, history[0].Record.Summary);
        Assert.Equal(4, (await Store.CountAsync()).Items);
        Assert.Equal(1, (await Store.CountAsync()).ItemVersions);
    }

    [Fact]
    public async Task What_was_imported_survives_reopening()
    {
        await ImportAsync(SampleEvidence.Bundle);
        var before = await Store.CountAsync();
        await Store.DisposeAsync();

        Store = await ReopenAsync();

        Assert.Equal(before, await Store.CountAsync());
    }

    [Fact]
    public async Task An_import_that_fails_half_way_leaves_the_store_as_it_was()
    {
        await ImportAsync(SampleEvidence.Bundle);
        var before = await Store.CountAsync();
        var dangling = SampleEvidence.Su35 with { Id = "dangling", Sources = [new Citation("no-such-source")] };
        var edited = SampleEvidence.Vostok with { Summary = "This edit must not survive." };

        await Assert.ThrowsAnyAsync<Exception>(() => ImportAsync(new Bundle { Sources = [SampleEvidence.Wire with { Publisher = "changed" }], Items = [edited, dangling] }));

        Assert.Equal(before, await Store.CountAsync());
        Assert.Equal(SampleEvidence.Vostok.Summary, (await Store.FindItemAsync("vostok-2018"))!.Summary);
        Assert.Equal("Reuters", (await Store.FindSourceAsync("wire"))!.Publisher);
    }

    [Fact]
    public async Task A_cancelled_import_writes_nothing()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Done == 3)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.ImportAsync(SampleEvidence.Bundle, "test", progress, cancel.Token));

        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0, 0), await Store.CountAsync());
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
