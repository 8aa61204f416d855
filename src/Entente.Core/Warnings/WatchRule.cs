namespace Entente.Warnings;

/// <summary>A declarative indicator: what to match, where, and which change counts as a warning. Read from YAML; defaults here.</summary>
public sealed record WatchRule
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required RuleKind Kind { get; init; }
    public RuleSource Source { get; init; } = RuleSource.Evidence;
    public string? Description { get; init; }
    public RuleMatch Match { get; init; } = new();

    /// <summary>The field a new-term or distinct-frequency rule compares: theatre, series, type, supplier, recipient, category, designation.</summary>
    public string? Term { get; init; }

    public bool Distinct { get; init; }
    public int WindowDays { get; init; } = 30;
    public int Count { get; init; } = 1;

    /// <summary>For spike and drop: the period counts are taken over (day, month or year), and how many periods before form the reference.</summary>
    public string Period { get; init; } = "month";

    public int ReferencePeriods { get; init; } = 12;
    public double Factor { get; init; } = 2;

    /// <summary>The larger of the current and reference counts must reach this, so that 0 against 0 (or 1 against 0) never fires.</summary>
    public int MinCount { get; init; } = 3;

    /// <summary>For new-term: terms first seen before this date are the baseline, not news.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Where the rule was read from, for messages.</summary>
    public string? File { get; init; }
}

/// <summary>Filters on what a rule watches; every filter given must hold.</summary>
public sealed record RuleMatch
{
    public IReadOnlyList<string> Types { get; init; } = [];
    public IReadOnlyList<string> Themes { get; init; } = [];

    /// <summary>Actor ids that must all take part (in any role), or as "role:actor" in that role.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    public IReadOnlyList<string> Series { get; init; } = [];
    public string? Text { get; init; }

    /// <summary>Date precision an item needs to count ("day", "month", "year"): a year-only date cannot place an item within 30 days.</summary>
    public string? Precision { get; init; }

    /// <summary>For event rules: the two actors of the dyad and a named CAMEO code set or codes.</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];
}
