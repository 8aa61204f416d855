namespace Entente.Import.Stata;

/// <summary>
/// A Stata 118 dataset read into memory: the header, the variables with their formats and labels, the sort order,
/// value labels, and the observations. Values are double (numeric types), string (str# and strL) or null (Stata's
/// missing values . and .a–.z).
/// </summary>
public sealed record StataFile(string Path, int Release, bool LittleEndian, string DataLabel, string Timestamp)
{
    public IReadOnlyList<StataVariable> Variables { get; init; } = [];

    /// <summary>Variables the data are sorted by, in order.</summary>
    public IReadOnlyList<string> SortedBy { get; init; } = [];

    /// <summary>Value-label tables by name: value → label.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<int, string>> ValueLabels { get; init; } = new Dictionary<string, IReadOnlyDictionary<int, string>>();

    public IReadOnlyList<object?[]> Observations { get; init; } = [];

    public int IndexOf(string variable)
    {
        for (var i = 0; i < Variables.Count; i++)
        {
            if (Variables[i].Name == variable)
            {
                return i;
            }
        }

        return -1;
    }
}
