namespace Entente.Events;

/// <summary>
/// A row (or a whole file, line 0) that was not imported, with why and what it said; or, when <see cref="Kept"/>, a row
/// that was imported but carries a value Entente could not interpret (kept raw, reported and counted, never silent).
/// </summary>
public sealed record RowReject(long Line, string Reason, string Content, bool Kept = false);
