namespace Entente.Datasets;

/// <summary>A row of a dataset file that could not be imported, with where and why.</summary>
public sealed record DatasetReject(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
