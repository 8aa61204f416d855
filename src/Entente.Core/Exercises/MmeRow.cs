namespace Entente.Exercises;

/// <summary>
/// The provenance of one exercise imported from the Multinational Military Exercises dataset: the MME row it came
/// from, cell by cell under the file's own headers, and the evidence item it became.
/// </summary>
public sealed record MmeRow(string MmeId, string ItemId, int Line, IReadOnlyDictionary<string, string> Cells);
