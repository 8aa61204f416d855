namespace Entente.Datasets;

/// <summary>
/// The source record of one imported dataset file: who publishes the dataset, which release, what part of it
/// (layout), and the file's SHA-256. Every figure read from a dataset names this record.
/// </summary>
public sealed record DatasetFile(string Dataset, string Provider, string Version, string Layout, string File, string Sha256)
{
    /// <summary>Data rows the file holds (after its header).</summary>
    public int RowsRead { get; init; }

    /// <summary>Rows that could not be imported (each kept with its line and reason).</summary>
    public int RowsRejected { get; init; }

    /// <summary>Years the dataset covers; outside them a value is missing, never zero.</summary>
    public int? FirstYear { get; init; }

    public int? LastYear { get; init; }

    public bool Covers(int year) => (FirstYear is null || year >= FirstYear) && (LastYear is null || year <= LastYear);

    /// <summary>How to cite the dataset release, in the provider's own words where it asks for a citation.</summary>
    public string? Citation { get; init; }

    public string Describe() => $"{Provider} {Dataset.ToUpperInvariant()} {Version} ({Layout}, {Path.GetFileName(File)}, sha256 {Sha256[..Math.Min(12, Sha256.Length)]})";
}
