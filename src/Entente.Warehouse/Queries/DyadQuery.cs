namespace Entente.Warehouse.Queries;

/// <summary>The period a series is grouped by.</summary>
public enum SeriesPeriod
{
    Day,
    Month,
    Year,
}

/// <summary>
/// A dyad series question: two registry actor ids, directed (Actor1 → Actor2 only) or undirected (either way),
/// grouped by day, month or year, optionally restricted to CAMEO code prefixes, dates and datasets.
/// </summary>
public sealed record DyadQuery
{
    public required string Actor1 { get; init; }
    public required string Actor2 { get; init; }
    public bool Directed { get; init; }
    public SeriesPeriod By { get; init; } = SeriesPeriod.Month;

    /// <summary>CAMEO codes; each matches itself and the codes below it. Empty: every code.</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];

    /// <summary>CAMEO actor type (role) codes, such as MIL or GOV, that both actors must carry (GDELT's Actor1/2Type1Code). Empty: any.</summary>
    public IReadOnlyList<string> ActorTypes { get; init; } = [];

    /// <summary>Type codes <see cref="Actor1"/>'s side must carry, on top of <see cref="ActorTypes"/>: pla is CHN as MIL.</summary>
    public IReadOnlyList<string> Actor1Types { get; init; } = [];

    /// <summary>Type codes <see cref="Actor2"/>'s side must carry, on top of <see cref="ActorTypes"/>.</summary>
    public IReadOnlyList<string> Actor2Types { get; init; } = [];

    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>gdelt1, gdelt2, icews; empty: all.</summary>
    public IReadOnlyList<string> Datasets { get; init; } = [];

    public string Label => Directed ? $"{Side(Actor1, Actor1Types)}→{Side(Actor2, Actor2Types)}" : $"{Side(Actor1, Actor1Types)}–{Side(Actor2, Actor2Types)}";

    private static string Side(string actor, IReadOnlyList<string> types) => types.Count == 0 ? actor : $"{actor} {string.Join("/", types)}";
}
