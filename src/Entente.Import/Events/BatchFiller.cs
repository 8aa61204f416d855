namespace Entente.Import.Events;

/// <summary>The batch a reader is filling: it ends rows, hands full batches to the sink and rents the next.</summary>
public sealed class BatchFiller(IEventSink sink)
{
    /// <summary>The batch being filled; its next row is at <see cref="EventBatch.Count"/>.</summary>
    public EventBatch Current { get; private set; } = sink.Rent();

    /// <summary>Ends the row just filled, from <paramref name="line"/> of <paramref name="dataset"/>.</summary>
    public void EndRow(string dataset, long line)
    {
        var batch = Current;
        batch.Dataset = dataset;
        batch.Line[batch.Count] = line;
        batch.Count++;
        if (batch.IsFull)
        {
            sink.Write(batch);
            Current = sink.Rent();
        }
    }

    /// <summary>Hands over the last batch, full or not.</summary>
    public void Finish() => sink.Write(Current);
}
