namespace Entente.Diagnostics;

/// <summary>A place in an input file, 1-based, printed the way compilers and editors expect.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
