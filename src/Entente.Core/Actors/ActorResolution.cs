namespace Entente.Actors;

/// <summary>What an analyst's actor input resolved to: one actor, several candidates, or nothing.</summary>
public sealed record ActorResolution(string Input, Actor? Actor, string MatchedBy, IReadOnlyList<Actor> Candidates)
{
    public bool IsResolved => Actor is not null;
    public bool IsAmbiguous => Actor is null && Candidates.Count > 1;

    public string Describe() => Actor is not null
        ? $"'{Input}' → {Actor.Name} ({Actor.Id}) by {MatchedBy}"
        : Candidates.Count > 1
            ? $"'{Input}' is ambiguous: {string.Join(", ", Candidates.Select(c => $"{c.Name} ({c.Id})"))}"
            : Candidates.Count == 1
                ? $"no actor '{Input}'; did you mean {Candidates[0].Name} ({Candidates[0].Id})?"
                : $"no actor '{Input}'";
}
