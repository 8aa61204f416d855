using Entente.Datasets;

namespace Entente.UnVotes;

/// <summary>An ideal-point file as read: its source record, the country-years, and the observations that could not be read.</summary>
public sealed record IdealPointFile(DatasetFile File, IReadOnlyList<IdealPoint> Points, IReadOnlyList<DatasetReject> Rejected)
{
    public bool IsComplete => Rejected.Count == 0;
}
