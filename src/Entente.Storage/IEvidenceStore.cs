using Entente.Actors;
using Entente.Bundles;
using Entente.Evidence;
using Entente.Sources;

namespace Entente.Storage;

/// <summary>
/// The evidence store. One contract, several backends (embedded SQLite today, PostgreSQL for teams),
/// all held to the same conformance suite.
/// </summary>
public interface IEvidenceStore : IAsyncDisposable
{
    /// <summary>Where the store lives, for messages: a file path or a server and database name.</summary>
    string Location { get; }

    /// <summary>
    /// Imports a validated bundle in one transaction: all of it or none of it. Records are keyed by id;
    /// unchanged content is left alone, changed content is updated in place with the old version kept.
    /// A record another bundle owns is changed only as <see cref="ImportOptions.OthersRecords"/> says
    /// (by default the import is refused with an <see cref="OwnershipConflictException"/>).
    /// </summary>
    Task<ImportSummary> ImportAsync(Bundle bundle, ImportOptions options, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="ImportAsync(Bundle, ImportOptions, CancellationToken)"/>, refusing to change other bundles' records.</summary>
    Task<ImportSummary> ImportAsync(Bundle bundle, string origin, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default);

    Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default);

    Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EvidenceItem>> QueryItemsAsync(EvidenceQuery query, CancellationToken cancellationToken = default);

    Task<EvidenceItem?> FindItemAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every stored version of an item, oldest first, the current one last.</summary>
    Task<IReadOnlyList<RecordVersion<EvidenceItem>>> ItemHistoryAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Source>> QuerySourcesAsync(SourceQuery query, CancellationToken cancellationToken = default);

    Task<Source?> FindSourceAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Which bundle owns a record (kind: actor, source or item), or null when the store has no such record.</summary>
    Task<string?> OwnerAsync(string kind, string id, CancellationToken cancellationToken = default);

    /// <summary>Actors that imported bundles added to the built-in registry.</summary>
    Task<IReadOnlyList<Actor>> ActorsAsync(CancellationToken cancellationToken = default);
}
