namespace Entente.Reports.Lint;

/// <summary>
/// One place where a case breaks a rule: the item or source it concerns, where that is written (file:line:col when
/// the case was read from a bundle), the sentence at fault when there is one, and what is wrong.
/// </summary>
public sealed record LintFinding(string Rule, string Subject, string Message)
{
    public string? Location { get; init; }

    public string? Excerpt { get; init; }

    public override string ToString() => $"{Location ?? Subject}: {Rule}: {Message}";
}
