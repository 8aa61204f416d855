using Entente.Sources;

namespace Entente.Codebooks;

/// <summary>A kind of source with the grade it usually earns and the documented reason.</summary>
public sealed record SourceKind(string Id, string Label, Grade TypicalGrade);
