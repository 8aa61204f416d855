namespace Entente.Warehouse.Ingest;

/// <summary>One row of `dyad_events`: the series columns of an event whose two actors are registry actors (keys are term keys).</summary>
internal readonly record struct DyadRow(
    uint Actor1, uint Actor2, DateOnly Date, uint Dataset, uint EventCode, uint Actor1Type, uint Actor2Type, byte? QuadClass,
    double? Goldstein, int? Mentions, int? Sources, int? Articles, double? Tone, ulong Signature)
{
    /// <summary>The undirected dyad: the smaller actor key in the high half, so A–B and B–A share it.</summary>
    public ulong DyadKey => KeyOf(Actor1, Actor2);

    public static ulong KeyOf(uint a, uint b) => ((ulong)Math.Min(a, b) << 32) | Math.Max(a, b);
}
