using System.Text;
using Entente.Import.Sipri;

namespace Entente.Import.Datasets;

/// <summary>
/// The CSV records of a research dataset file (ATOP, MME) with their line numbers: UTF-8 when it is, else Latin-1;
/// UTF-16 and binary files are refused. Parsed by the same RFC 4180 reader as SIPRI's exports.
/// </summary>
internal static class DatasetCsv
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static IReadOnlyList<CsvRecord> Read(string path, byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            throw new DatasetFormatException(path, 1, "the file is UTF-16; save it as UTF-8 CSV");
        }

        if (Array.IndexOf(bytes, (byte)0) is var nul and >= 0)
        {
            throw new DatasetFormatException(path, 1 + bytes.AsSpan(0, nul).Count((byte)'\n'), "the file holds NUL bytes: it is binary, not a CSV file");
        }

        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(bytes);
        }

        try
        {
            return [.. new CsvRecordReader(new StringReader(text), path).Records().Where(r => r.Cells.Any(c => c.Trim().Length > 0))];
        }
        catch (SipriFormatException ex)
        {
            throw new DatasetFormatException(path, ex.Line, ex.Reason);
        }
    }
}
