using System.Collections.Concurrent;
using Entente.Events;

namespace Entente.Warehouse.Ingest;

/// <summary>
/// The bounded hand-over between the parsing thread and the writing thread: a fixed pool of batches and a queue of
/// at most that many items, so memory stays the same whatever the file size. Rejects travel in blocks on the same queue.
/// </summary>
internal sealed class EventPipeline : IEventSink, IDisposable
{
    private const int RejectBlock = 512;
    private readonly BlockingCollection<EventBatch> _free;
    private readonly BlockingCollection<object> _queue;
    private readonly CancellationToken _cancellation;
    private List<RowReject> _rejects = [];

    public EventPipeline(int batches, TermTable terms, CancellationToken cancellation)
    {
        _cancellation = cancellation;
        _free = new BlockingCollection<EventBatch>(batches);
        for (var i = 0; i < batches; i++)
        {
            _free.Add(new EventBatch(EventBatch.DefaultCapacity, terms), CancellationToken.None);
        }

        _queue = new BlockingCollection<object>(batches + 2);
    }

    public IEnumerable<object> Items => _queue.GetConsumingEnumerable(_cancellation);

    public EventBatch Rent()
    {
        var batch = _free.Take(_cancellation);
        batch.Clear();
        return batch;
    }

    public void Return(EventBatch batch) => _free.Add(batch, _cancellation);

    public void Write(EventBatch batch)
    {
        FlushRejects();
        _queue.Add(batch, _cancellation);
    }

    public void Reject(RowReject reject)
    {
        _rejects.Add(reject);
        if (_rejects.Count >= RejectBlock)
        {
            FlushRejects();
        }
    }

    public void Complete()
    {
        FlushRejects();
        _queue.CompleteAdding();
    }

    public void Dispose()
    {
        _free.Dispose();
        _queue.Dispose();
    }

    private void FlushRejects()
    {
        if (_rejects.Count > 0)
        {
            _queue.Add(_rejects, _cancellation);
            _rejects = [];
        }
    }
}
