using System.Text;
using Microsoft.VisualBasic.FileIO;

namespace Entente.Testing;

/// <summary>
/// An independent reader for recounts: the framework's own CSV parser, UTF-8 where the file is, else Latin-1.
/// Tests check importers against it rather than against themselves.
/// </summary>
public static class PlainCsv
{
    public static IEnumerable<string[]> Records(string path)
    {
        var bytes = File.ReadAllBytes(path);
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(bytes);
        }

        using var parser = new TextFieldParser(new StringReader(text)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        while (!parser.EndOfData)
        {
            string[]? fields;
            try
            {
                fields = parser.ReadFields();
            }
            catch (MalformedLineException)
            {
                continue;
            }

            if (fields is not null)
            {
                yield return fields;
            }
        }
    }
}
