namespace Entente.Import.Stata;

/// <summary>A .dta file Entente cannot read: another release, truncated, or not Stata at all; with the byte offset.</summary>
public sealed class StataFormatException(string file, long offset, string reason)
    : Exception($"{file}: byte {offset}: {reason}")
{
    public string File { get; } = file;
    public long Offset { get; } = offset;
    public string Reason { get; } = reason;
}
