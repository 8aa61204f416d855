namespace Entente.Cli.Hosting;

/// <summary>
/// What an invocation has committed so far, in the user's terms (a file, a case), so that an interruption can say
/// truthfully what was kept. Commands that commit more than once (several files, several cases) record each commit;
/// a single transaction that is interrupted rolls back, which is what an empty log means.
/// </summary>
public sealed class CommitLog
{
    private readonly List<string> _entries = [];

    public IReadOnlyList<string> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public void Add(string what)
    {
        lock (_entries)
        {
            _entries.Add(what);
        }
    }

    /// <summary>The one line Ctrl+C ends with.</summary>
    public string Cancelled() => Entries switch
    {
        [] => "cancelled; nothing had been committed, so the store and the warehouse are as they were (the step in progress was rolled back).",
        var kept => $"cancelled; kept what was committed before the interruption: {string.Join("; ", kept)}. The step in progress was rolled back; run the command again to finish (what is stored already is skipped).",
    };
}
