namespace Entente.Ach;

/// <summary>A matrix that cannot be scored, with every reason.</summary>
public sealed class AchMatrixException(IReadOnlyList<string> problems) : Exception(string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
