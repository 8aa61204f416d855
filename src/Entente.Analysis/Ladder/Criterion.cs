namespace Entente.Analysis.Ladder;

/// <summary>
/// A rung's criterion: clauses joined by <c>and</c> inside groups joined by <c>or</c> (and binds tighter), as written
/// in the codebook (<see cref="Text"/>). Met when any group has all its clauses met.
/// </summary>
public sealed record Criterion(string Text, IReadOnlyList<IReadOnlyList<Clause>> AnyOf)
{
    public override string ToString() => Text;
}
