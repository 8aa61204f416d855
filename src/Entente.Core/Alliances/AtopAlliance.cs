using Entente.Dates;

namespace Entente.Alliances;

/// <summary>
/// One alliance as ATOP's alliance-level file codes it: dates, obligations, members and every other coded
/// variable by its ATOP 4.01 name (conditions such as defcon, provisions such as milaid or intcom).
/// </summary>
public sealed record AtopAlliance
{
    public required int AtopId { get; init; }

    /// <summary>The Correlates of War alliance number, where COW codes the same treaty.</summary>
    public string? CowId { get; init; }

    public PartialDate? Begins { get; init; }

    /// <summary>Null while the alliance was in effect at the end of the data.</summary>
    public PartialDate? Ends { get; init; }

    public bool Bilateral { get; init; }

    public AtopObligations Obligations { get; init; }

    /// <summary>Members' ATOP state codes (COW codes; ATOP's own codes for states outside the COW system).</summary>
    public IReadOnlyList<int> Members { get; init; } = [];

    /// <summary>Every other coded variable; a variable the file leaves empty is absent (missing, not zero).</summary>
    public IReadOnlyDictionary<string, int> Variables { get; init; } = new Dictionary<string, int>();

    /// <summary>The file line the alliance was read from.</summary>
    public int Line { get; init; }

    public int? Variable(string name) => Variables.TryGetValue(name, out var v) ? v : null;
}
