using Entente.Datasets;

namespace Entente.Alliances;

/// <summary>
/// An ATOP file as read: its source record, and the alliances (alliance-level file) or memberships (member-level
/// file) it holds, with every row that could not be read. A file with rejects is not stored.
/// </summary>
public sealed record AtopFile(DatasetFile File, IReadOnlyList<AtopAlliance> Alliances, IReadOnlyList<AtopMembership> Memberships, IReadOnlyList<DatasetReject> Rejected)
{
    public const string AllianceLayout = "alliance";
    public const string MemberLayout = "member";

    public bool IsComplete => Rejected.Count == 0;
}
