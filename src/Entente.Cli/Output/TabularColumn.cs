namespace Entente.Cli;

/// <summary>
/// A column of a <see cref="Tabular"/>: its header, the display format of its numbers (null for text), and whether it
/// exists only on the terminal (an inline chart has no place in CSV).
/// </summary>
public sealed record TabularColumn(string Name, string? Format = null)
{
    public bool TableOnly { get; init; }

    public static implicit operator TabularColumn(string name) => new(name);

    /// <summary>A number column shown with <paramref name="format"/> on the terminal and exact in CSV.</summary>
    public static TabularColumn Number(string name, string format = "0.##") => new(name, format);

    /// <summary>A column shown on the terminal only.</summary>
    public static TabularColumn Chart(string name) => new(name) { TableOnly = true };
}
