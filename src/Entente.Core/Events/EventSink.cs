namespace Entente.Events;

/// <summary>
/// Where a reader puts what it parsed: it rents an empty batch, hands back full ones, and reports every row it
/// could not import. The warehouse implements it; tests can collect into lists.
/// </summary>
public interface IEventSink
{
    EventBatch Rent();

    void Write(EventBatch batch);

    void Reject(RowReject reject);
}
