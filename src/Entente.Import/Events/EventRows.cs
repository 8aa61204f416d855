using Entente.Events;
using nietras.SeparatedValues;

namespace Entente.Import.Events;

/// <summary>Handles one non-empty row of an event file; <paramref name="line"/> is its line number from 1.</summary>
public delegate void RowHandler(SepReader.Row row, long line);

/// <summary>
/// The loop every event reader shares: it numbers the lines, skips empty ones, checks for cancellation, and turns a
/// file that ends early (a truncated gzip, a cut zip entry) into one reject placed after the rows that were read.
/// </summary>
public static class EventRows
{
    /// <summary>Reads the rest of <paramref name="reader"/>; <paramref name="linesBefore"/> are the lines already read (a header).</summary>
    public static (long Rows, bool Truncated) Read(SepReader reader, long linesBefore, RowHandler handle, Action<RowReject> reject, CancellationToken cancellationToken)
    {
        long line = linesBefore, rows = 0;
        try
        {
            foreach (var row in reader)
            {
                line++;
                if (row.Span.IsEmpty)
                {
                    continue;
                }

                rows++;
                if ((line & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                handle(row, line);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException or IOException && ex is not FileNotFoundException)
        {
            reject(new RowReject(line + 1, $"the file ends early ({ex.Message}); the rows before line {line + 1} were read", ""));
            return (rows, true);
        }

        return (rows, false);
    }

    /// <summary>A field for a message: as it is, or its first 300 characters.</summary>
    public static string Clip(ReadOnlySpan<char> text) => text.Length <= 300 ? text.ToString() : string.Concat(text[..300], "…");
}
