using System.Text;

namespace Entente.Import.Sipri;

/// <summary>Decodes a SIPRI download: UTF-8 when it is, else Latin-1 (older exports); anything else is refused.</summary>
internal static class SipriText
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static (string Text, string Encoding) Decode(string file, byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            throw new SipriFormatException(file, 1, "the file is UTF-16; SIPRI exports are UTF-8 or Latin-1 — save it as UTF-8 CSV");
        }

        if (Array.IndexOf(bytes, (byte)0) is var nul and >= 0)
        {
            throw new SipriFormatException(file, LineOf(bytes, nul), "the file holds NUL bytes: it is binary, not a CSV export");
        }

        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.Latin1.GetString(bytes), "Latin-1");
        }
    }

    private static int LineOf(byte[] bytes, int offset) => 1 + bytes.AsSpan(0, offset).Count((byte)'\n');
}
