namespace Entente.Ach;

/// <summary>One write to a matrix's ratings (an import of a bundle, or one `ach rate`): who, when, and the cells it set.</summary>
public sealed record AchRevision(long Id, DateTimeOffset At, string Author, string Origin, IReadOnlyList<AchCell> Cells);

/// <summary>
/// A revision replayed on the matrix: the leader before and after, and the cells that moved it — each of which,
/// applied alone to the earlier matrix, changes the leader.
/// </summary>
public sealed record AchHistoryStep(AchRevision Revision, string? LeaderBefore, string? LeaderAfter, IReadOnlyList<AchChange> Changes)
{
    public bool MovedLeader => LeaderBefore != LeaderAfter;
}

/// <summary>A cell as a revision changed it, and whether that change alone would move the leader.</summary>
public sealed record AchChange(string Item, string Hypothesis, [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<AchRating>))] AchRating? From, [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<AchRating>))] AchRating To, string Why, bool Decisive);
