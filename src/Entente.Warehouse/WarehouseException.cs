namespace Entente.Warehouse;

/// <summary>
/// The event warehouse could not do what was asked: the message names the file and says what to do. DuckDB's own
/// exception types never leave this project; they are wrapped in this one.
/// </summary>
public class WarehouseException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// An event import was interrupted (Ctrl+C). Steps committed before the interruption stay in the warehouse: the
/// message says how many events were kept and from which files, so the user is told the truth about what changed.
/// </summary>
public sealed class EventImportInterruptedException(string message, long committed, Exception inner) : OperationCanceledException(message, inner)
{
    /// <summary>Events added to the warehouse by the interrupted run, in whole files and committed steps.</summary>
    public long Committed { get; } = committed;
}
