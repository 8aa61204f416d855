namespace Entente.Import.Events;

/// <summary>A row (or a whole file, line 0) that was not imported, with why and what it said.</summary>
public sealed record RowReject(long Line, string Reason, string Content);
