namespace Entente.Ach;

/// <summary>
/// How fragile the ranking is: the margin between leader and runner-up, the rows whose removal changes the leader,
/// and the single re-ratings that would (the smallest change per row, so "if this item were wrong" reads directly).
/// </summary>
public sealed record AchSensitivity
{
    public required string Leader { get; init; }
    public required string RunnerUp { get; init; }
    public required double Margin { get; init; }
    public required IReadOnlyList<AchFlip> Removals { get; init; }
    public required IReadOnlyList<AchFlip> Rerates { get; init; }
}

/// <summary>A change to one row that makes <see cref="NewLeader"/> lead; <see cref="From"/>/<see cref="To"/> are set for a re-rating.</summary>
public sealed record AchFlip(string Item, string NewLeader)
{
    public string? Hypothesis { get; init; }
    [System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<AchRating>))]
    public AchRating? From { get; init; }

    [System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<AchRating>))]
    public AchRating? To { get; init; }
}
