namespace Entente.Import.Sipri;

/// <summary>A SIPRI file that cannot be read at all (wrong encoding, not a SIPRI export, unknown names), with where.</summary>
public sealed class SipriFormatException(string file, int line, string reason) : Exception(line > 0 ? $"{file}:{line}: {reason}" : $"{file}: {reason}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
