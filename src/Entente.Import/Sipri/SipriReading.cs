using Entente.ArmsTrade;

namespace Entente.Import.Sipri;

/// <summary>
/// One SIPRI file being read: the release and layout are known from the preamble and header; the records come
/// batch by batch from <see cref="Batches"/>, checked as they go. Rejects, repairs and duplicates are collected
/// (listed up to <see cref="SipriFile.MaxListed"/>, then counted); <see cref="Outcome"/> tells what the file was.
/// Unknown country names refuse the file when the last batch has been read.
/// </summary>
public sealed partial class SipriReading : IDisposable
{
    public const int DefaultBatchSize = 5000;

    private readonly CsvRecord _header;
    private readonly IEnumerator<CsvRecord> _records;
    private readonly TextReader _text;
    private readonly SipriNames _names;
    private readonly bool _rangeFromPreamble;
    private readonly List<SipriReject> _rejected = [];
    private readonly List<SipriReject> _repaired = [];
    private readonly List<SipriReject> _duplicates = [];
    private int _unlisted;
    private int _repairedUnlisted;
    private int _duplicatesUnlisted;
    private int _rowsRead;
    private (int First, int Last)? _dataYears;

    internal SipriReading(SipriRelease release, CsvRecord header, IEnumerator<CsvRecord> records, TextReader text, SipriNames names, bool rangeFromPreamble)
    {
        Release = release;
        _header = header;
        _records = records;
        _text = text;
        _names = names;
        _rangeFromPreamble = rangeFromPreamble;
    }

    /// <summary>The release; its year range is final once every batch has been read.</summary>
    public SipriRelease Release { get; private set; }

    public string File => Release.File;

    /// <summary>The records in batches of about <paramref name="size"/>; enumerate once.</summary>
    public IEnumerable<SipriBatch> Batches(int size = DefaultBatchSize)
    {
        var batches = Release.Layout switch
        {
            SipriLayout.ClassicRegister => ClassicBatches(size),
            SipriLayout.DeliveryRegister => DeliveryBatches(size),
            _ => TableBatches(),
        };
        foreach (var batch in batches)
        {
            yield return batch;
        }

        if (_rowsRead == 0)
        {
            Reject(_header.Line, "the file has a header but no records after it: an empty or cut export");
        }

        _names.ThrowIfUnknown(File);
        if (!_rangeFromPreamble && _dataYears is { } years)
        {
            Release = Release with { FirstYear = years.First, LastYear = years.Last };
        }
    }

    /// <summary>What the file was: counts, repairs, duplicates and rejects, without the records themselves.</summary>
    public SipriFile Outcome() => new()
    {
        Release = Release,
        Repaired = _repaired,
        Duplicates = _duplicates,
        Rejected = _rejected,
        RejectedUnlisted = _unlisted,
        DuplicatesUnlisted = _duplicatesUnlisted,
        RowsRead = _rowsRead,
    };

    public void Dispose()
    {
        _records.Dispose();
        _text.Dispose();
    }

    private void Reject(int line, string reason) => Listed(_rejected, line, reason, ref _unlisted);

    private void Listed(List<SipriReject> list, int line, string reason, ref int unlisted)
    {
        if (list.Count < SipriFile.MaxListed)
        {
            list.Add(new SipriReject(File, line, reason));
        }
        else
        {
            unlisted++;
        }
    }

    private void SawYear(int year) => _dataYears = _dataYears is { } y ? (Math.Min(y.First, year), Math.Max(y.Last, year)) : (year, year);

    /// <summary>The non-blank records after the header, counted.</summary>
    private IEnumerable<CsvRecord> Body()
    {
        while (_records.MoveNext())
        {
            var record = _records.Current;
            if (record.Cells.All(c => c.Trim().Length == 0))
            {
                continue;
            }

            _rowsRead++;
            yield return record;
        }
    }

    /// <summary>Adds the problem when the check fails; the message is only built then, off the hot path.</summary>
    private static void Check(bool ok, Func<string> problem, List<string> problems)
    {
        if (!ok)
        {
            problems.Add(problem());
        }
    }
}
