using Entente.Events;

namespace Entente.Import.Events;

/// <summary>
/// The batch a reader is filling: it checks each filled row against the <see cref="EventRules"/>, ends the rows that
/// pass, hands full batches to the sink and rents the next.
/// </summary>
public sealed class BatchFiller(IEventSink sink)
{
    private readonly EventRules _rules = new();

    /// <summary>The batch being filled; its next row is at <see cref="EventBatch.Count"/>.</summary>
    public EventBatch Current { get; private set; } = sink.Rent();

    /// <summary>
    /// Ends the row just filled, from <paramref name="line"/> of <paramref name="dataset"/>; returns why it cannot be
    /// stored instead when a value is out of range (the row is then not ended, and the next row overwrites it).
    /// </summary>
    public string? EndRow(string dataset, long line)
    {
        var batch = Current;
        if (_rules.Check(batch, batch.Count) is { } reason)
        {
            return reason;
        }

        batch.Dataset = dataset;
        batch.Line[batch.Count] = line;
        batch.Count++;
        if (batch.IsFull)
        {
            sink.Write(batch);
            Current = sink.Rent();
        }

        return null;
    }

    /// <summary>Hands over the last batch, full or not.</summary>
    public void Finish() => sink.Write(Current);
}
