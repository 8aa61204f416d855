using DuckDB.NET.Data;
using Entente.Events;

namespace Entente.Warehouse.Ingest;

/// <summary>
/// Writes rejected rows (and rows kept with a flagged value) into `rejects`, all of them, and keeps the first few of
/// each as examples for the report.
/// </summary>
internal sealed class RejectWriter(DuckDBConnection connection, int importId, string path) : IDisposable
{
    private const int ExamplesOfEach = 5;
    private DuckDB.NET.Data.DuckDBAppender? _appender;
    private readonly List<RowReject> _examples = [];
    private int _rejectExamples, _keptExamples;

    public IReadOnlyList<RowReject> Examples => _examples;

    public void Write(IEnumerable<RowReject> rejects)
    {
        _appender ??= connection.CreateAppender("rejects");
        foreach (var reject in rejects)
        {
            if (reject.Kept ? _keptExamples++ < ExamplesOfEach : _rejectExamples++ < ExamplesOfEach)
            {
                _examples.Add(reject);
            }

            _appender.CreateRow().AppendValue(importId).AppendValue(path).AppendValue(reject.Line).AppendValue(reject.Reason)
                .AppendValue(reject.Content).AppendValue(reject.Kept).EndRow();
        }
    }

    public void Dispose()
    {
        _appender?.Dispose();
        _appender = null;
    }
}
