using Entente.Diagnostics;

namespace Entente.Analysis.Ladder;

/// <summary>A ladder codebook with problems: every one of them, each at its file, line and column.</summary>
public sealed class LadderCodebookException(IReadOnlyList<Diagnostic> problems)
    : Exception(string.Join(Environment.NewLine, problems.Select(p => p.ToString())))
{
    public IReadOnlyList<Diagnostic> Problems { get; } = problems;
}
