using Entente.Analysis;
using Entente.Analysis.Datasets;
using Entente.Storage;
using Entente.Storage.ArmsTrade;
using Entente.Storage.Datasets;
using Entente.Warehouse;

namespace Entente.Cli.Hosting;

/// <summary>
/// The stores a `panel` or `alignment` command reads, opened together and closed together, and the query layer over
/// them. The warehouse is opened only if it exists: asking for a panel never creates one.
/// </summary>
public sealed class AnalysisSession : IAsyncDisposable
{
    private readonly IEvidenceStore _evidence;
    private readonly SqliteArmsTradeStore _trade;
    private readonly SqliteDatasetStore _datasets;
    private readonly EventWarehouse? _events;

    private AnalysisSession(IEvidenceStore evidence, SqliteArmsTradeStore trade, SqliteDatasetStore datasets, EventWarehouse? events, DyadAnalysis analysis)
    {
        _evidence = evidence;
        _trade = trade;
        _datasets = datasets;
        _events = events;
        Analysis = analysis;
    }

    public DyadAnalysis Analysis { get; }

    public static async Task<AnalysisSession> OpenAsync(CommandContext context, string? sipriRelease, CancellationToken cancellationToken)
    {
        var evidence = await context.OpenStoreAsync(cancellationToken);
        var registry = await CommandContext.RegistryAsync(evidence, cancellationToken);
        var trade = await SqliteArmsTradeStore.OpenAsync(context.StorePath, cancellationToken);
        var datasets = await SqliteDatasetStore.OpenAsync(context.StorePath, cancellationToken);
        var events = File.Exists(context.WarehousePath) ? EventWarehouse.Open(context.WarehousePath) : null;
        var analysis = new DyadAnalysis(new AnalysisSources
        {
            Evidence = evidence,
            Registry = registry,
            ArmsTrade = trade,
            Events = events,
            Datasets = new DatasetReader(datasets, registry),
            SipriRelease = sipriRelease,
        });
        return new AnalysisSession(evidence, trade, datasets, events, analysis);
    }

    public async ValueTask DisposeAsync()
    {
        _events?.Dispose();
        await _datasets.DisposeAsync();
        await _trade.DisposeAsync();
        await _evidence.DisposeAsync();
    }
}
