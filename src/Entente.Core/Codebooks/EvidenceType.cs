namespace Entente.Codebooks;

/// <summary>An evidence type with its parent, the CAMEO root codes it maps to, and the section an item of it must carry.</summary>
public sealed record EvidenceType(string Id, string? Parent, string Label, IReadOnlyList<string> CameoRoots, string? Requires, string Description)
{
    /// <summary>True when a filter on <paramref name="filter"/> should return items of this type (parents match subtypes).</summary>
    public bool IsA(string filter) => Id == filter || Parent == filter;
}
