namespace Entente.Import.Sipri;

/// <summary>One CSV record and the physical line it starts on.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>The file ended inside a quoted field: the record is truncated.</summary>
    public bool Unterminated { get; init; }

    public string this[int index] => index < Cells.Count ? Cells[index] : "";
}
