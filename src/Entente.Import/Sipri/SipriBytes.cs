using System.Security.Cryptography;
using System.Text;

namespace Entente.Import.Sipri;

/// <summary>
/// One streaming pass over a download before it is parsed: its SHA-256, its encoding (UTF-8 when it is, else Latin-1,
/// as older exports are) and the checks that refuse what is no CSV at all — a directory, a device, UTF-16, binary.
/// Memory is one buffer whatever the file's size.
/// </summary>
internal sealed record SipriBytes(string Sha256, Encoding Encoding, bool HasBom)
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static SipriBytes Scan(string file)
    {
        if (Directory.Exists(file))
        {
            throw new SipriFormatException(file, 0, "this is a directory; give the SIPRI CSV files inside it");
        }

        using var stream = Open(file);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var decoder = StrictUtf8.GetDecoder();
        var buffer = new byte[1 << 16];
        var chars = new char[StrictUtf8.GetMaxCharCount(buffer.Length)];
        var (utf8, first, line, total) = (true, true, 1, 0L);
        var bom = false;
        while (stream.Read(buffer) is var read and > 0)
        {
            var span = buffer.AsSpan(0, read);
            if (first)
            {
                if (span.Length >= 2 && ((span[0] == 0xFF && span[1] == 0xFE) || (span[0] == 0xFE && span[1] == 0xFF)))
                {
                    throw new SipriFormatException(file, 1, "the file is UTF-16; SIPRI exports are UTF-8 or Latin-1 — save it as UTF-8 CSV");
                }

                bom = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
                first = false;
            }

            if (span.IndexOf((byte)0) is var nul and >= 0)
            {
                throw new SipriFormatException(file, line + span[..nul].Count((byte)'\n'), "the file holds NUL bytes: it is binary, not a CSV export");
            }

            line += span.Count((byte)'\n');
            total += read;
            hash.AppendData(span);
            utf8 = utf8 && Utf8(decoder, span, chars, flush: false);
        }

        utf8 = utf8 && Utf8(decoder, [], chars, flush: true);
        if (total == 0)
        {
            throw new SipriFormatException(file, 1, "the file is empty");
        }

        return new SipriBytes(Convert.ToHexStringLower(hash.GetHashAndReset()), utf8 ? StrictUtf8 : Encoding.Latin1, bom);
    }

    /// <summary>A reader that decodes as the scan found, with the UTF-8 byte-order mark skipped.</summary>
    public TextReader Reader(string file) => new StreamReader(Open(file), Encoding, detectEncodingFromByteOrderMarks: HasBom, bufferSize: 1 << 16);

    private static FileStream Open(string file) => new(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    private static bool Utf8(Decoder decoder, ReadOnlySpan<byte> bytes, char[] chars, bool flush)
    {
        try
        {
            decoder.GetChars(bytes, chars, flush);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
