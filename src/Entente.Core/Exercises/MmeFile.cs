using Entente.Bundles;
using Entente.Datasets;

namespace Entente.Exercises;

/// <summary>
/// An MME file as read: its source record, the exercises as evidence (a bundle of one dataset source and one
/// exercise item per row), each row's provenance, and the rows that could not be read.
/// </summary>
public sealed record MmeFile(DatasetFile File, Bundle Exercises, IReadOnlyList<MmeRow> Rows, IReadOnlyList<DatasetReject> Rejected)
{
    public bool IsComplete => Rejected.Count == 0;
}
