namespace Entente.Evidence;

/// <summary>
/// One ATOP variable coded for a treaty in the evidence base (defense, nonagg, consul, defcon, length ...), with the
/// numbers of the treaty's articles the value rests on. A value above zero must name at least one article.
/// </summary>
public sealed record TreatyCode(string Variable, int Value)
{
    public IReadOnlyList<string> Articles { get; init; } = [];

    /// <summary>Why the articles support the value, where that is not obvious (an absence, a reading).</summary>
    public string? Note { get; init; }
}
