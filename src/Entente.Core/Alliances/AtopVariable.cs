namespace Entente.Alliances;

/// <summary>An ATOP variable Entente reads: its 4.01 name, file level, group, label and other header names.</summary>
public sealed record AtopVariable(string Name, string Level, string Group, string Label, IReadOnlyList<string> Aliases)
{
    /// <summary>A variable a treaty in the evidence base can be coded with.</summary>
    public bool IsCoding => Group is "obligation" or "condition" or "provision";
}
