namespace Entente.Events;

/// <summary>
/// Reads one event dataset's files into event batches. The warehouse writes what a reader hands over; a reader knows
/// nothing of the storage, and the warehouse nothing of a file's layout. One instance reads one file at a time.
/// </summary>
public interface IEventReader
{
    /// <summary>What this reader imports, as the warehouse records it and refuses a file imported as something else: "gdelt events".</summary>
    string Table { get; }

    /// <summary>The dataset names the rows may carry (part of the dedup key): gdelt1 and gdelt2, icews.</summary>
    IReadOnlyList<string> Datasets { get; }

    EventReadSummary Read(Stream stream, IEventSink sink, CancellationToken cancellationToken = default);
}

/// <summary>Reads an event dataset's mentions table (articles that mentioned an event), one record at a time.</summary>
public interface IMentionReader
{
    /// <summary>What this reader imports, as the warehouse records it: "gdelt mentions".</summary>
    string Table { get; }

    EventReadSummary Read(Stream stream, Action<EventMention> mention, Action<RowReject> reject, CancellationToken cancellationToken = default);
}
