using Entente.Actors;
using Entente.Analysis.Datasets;
using Entente.Storage;
using Entente.Storage.ArmsTrade;
using Entente.Warehouse;

namespace Entente.Analysis;

/// <summary>
/// The stores the query layer reads. The caller opens and disposes them; any but the evidence store may be absent,
/// and then the rows they would fill are missing. <see cref="SipriRelease"/> pins a SIPRI release (default: the newest register).
/// </summary>
public sealed record AnalysisSources
{
    public required IEvidenceStore Evidence { get; init; }
    public required ActorRegistry Registry { get; init; }
    public SqliteArmsTradeStore? ArmsTrade { get; init; }
    public EventWarehouse? Events { get; init; }
    public DatasetReader Datasets { get; init; } = DatasetReader.None;
    public string? SipriRelease { get; init; }
}
