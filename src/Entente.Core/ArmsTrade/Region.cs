using Entente.Codebooks;

namespace Entente.ArmsTrade;

/// <summary>A named group of recipients (regions.tsv).</summary>
public sealed record Region(string Id, string Label, IReadOnlyList<string> Members)
{
    private static readonly Lazy<IReadOnlyDictionary<string, Region>> Lazy = new(() =>
        TsvTable.LoadEmbedded("regions.tsv").Rows.Select(r => new Region(r["id"], r["label"], r.List("members"))).ToDictionary(r => r.Id));

    public static IReadOnlyDictionary<string, Region> Shipped => Lazy.Value;
}
