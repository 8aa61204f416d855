namespace Entente.Diagnostics;

/// <summary>One problem with an input, at its location: `file:line:col: message`.</summary>
public sealed record Diagnostic(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
