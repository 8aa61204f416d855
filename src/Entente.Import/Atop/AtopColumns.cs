using Entente.Alliances;

namespace Entente.Import.Atop;

/// <summary>
/// An ATOP header mapped by name, not position: 4.01 names, 5.x names and upper-case Stata names all land on the
/// codebook's variables (Codebooks/atop-variables.tsv). Columns the codebook does not know keep their own name.
/// </summary>
internal sealed class AtopColumns
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public AtopColumns(IReadOnlyList<string> header)
    {
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (name.Length > 0)
            {
                _index.TryAdd(AtopCodebook.Find(name)?.Name ?? name.ToLowerInvariant(), i);
            }
        }
    }

    public IEnumerable<string> Names => _index.Keys;

    public bool Has(string name) => _index.ContainsKey(name);

    public int? IndexOf(string name) => _index.TryGetValue(name, out var i) ? i : null;

    /// <summary>The alliance-level file's member list columns: mem1, mem2 ... in order.</summary>
    public IReadOnlyList<int> MemberListColumns =>
        [.. _index.Where(c => IsMemberList(c.Key)).OrderBy(c => int.Parse(c.Key[3..], System.Globalization.CultureInfo.InvariantCulture)).Select(c => c.Value)];

    public static bool IsMemberList(string name) => name.Length > 3 && name.StartsWith("mem", StringComparison.Ordinal) && name[3..].All(char.IsAsciiDigit);

    /// <summary>Variables kept on each record: everything but ids, dates, the member list and the release number.</summary>
    public IEnumerable<(string Name, int Index)> Variables => _index
        .Where(c => !IsMemberList(c.Key) && c.Key != "version" && AtopCodebook.Find(c.Key)?.Group is not ("id" or "date"))
        .Select(c => (c.Key, c.Value));
}
