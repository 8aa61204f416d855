namespace Entente.Import.Datasets;

/// <summary>A dataset file that cannot be read at all (wrong file, wrong release, truncated), with where and why.</summary>
public sealed class DatasetFormatException(string file, int line, string reason)
    : Exception($"{file}:{line}: {reason}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
