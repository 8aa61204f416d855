namespace Entente.Cameo;

/// <summary>
/// A named set of CAMEO codes an analyst can say aloud ("military-cooperation"). Each code matches itself and every
/// code below it, so "06" matches "062" and "0631".
/// </summary>
public sealed record CameoCodeSet(string Id, string Label, QuadClass? QuadClass, IReadOnlyList<string> Codes, string Description)
{
    public bool Matches(string eventCode) => Codes.Any(c => eventCode.StartsWith(c, StringComparison.Ordinal));
}
