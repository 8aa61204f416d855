namespace Entente.Analysis.Datasets;

/// <summary>
/// Reads the ATOP, MME and UNGA ideal-point rows of a pair from wherever they were imported. The seam between the
/// query layer and the dataset importers: until their store lands, <see cref="None"/> answers that nothing is imported,
/// and the rows those datasets fill are missing.
/// </summary>
public sealed class DatasetReader(Func<string, string, CancellationToken, Task<DatasetRows>> read)
{
    public static DatasetReader None { get; } = new((_, _, _) => Task.FromResult(DatasetRows.None));

    /// <summary>The pair's rows; the order of <paramref name="a"/> and <paramref name="b"/> does not matter.</summary>
    public Task<DatasetRows> ReadAsync(string a, string b, CancellationToken cancellationToken = default) => read(a, b, cancellationToken);
}
