using Entente.Dates;

namespace Entente.Alliances;

/// <summary>
/// One state's membership of one ATOP alliance (a row of the member-level file): when it joined and left, its own
/// obligations (ATOP codes them per member, so they can be asymmetric) and every other coded variable.
/// </summary>
public sealed record AtopMembership
{
    public required int AtopId { get; init; }

    /// <summary>The member's ATOP code: its COW code, or ATOP's own code for a state outside the COW system.</summary>
    public required int MemberCode { get; init; }

    /// <summary>The registry actor the code resolves to in the year of entry; null for states the registry lacks.</summary>
    public string? ActorId { get; init; }

    public required PartialDate Entered { get; init; }

    /// <summary>Null while the membership was in effect at the end of the data.</summary>
    public PartialDate? Exited { get; init; }

    public int? Phase { get; init; }

    public AtopObligations Obligations { get; init; }

    public IReadOnlyDictionary<string, int> Variables { get; init; } = new Dictionary<string, int>();

    public int Line { get; init; }

    public int? Variable(string name) => Variables.TryGetValue(name, out var v) ? v : null;

    /// <summary>In force at any time in the year (ATOP's own dyad-year convention counts the years of entry and exit).</summary>
    public bool ActiveIn(int year) => Entered.Year <= year && (Exited is null || Exited.Value.Year >= year);
}
