using System.Text;

namespace Entente.Cli;

/// <summary>Text from bundles is data: control characters (terminal escapes included) are shown, never obeyed.</summary>
public static class Display
{
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\n' or '\t' => ' ',
                _ when char.IsControl(c) => '\uFFFD',
                _ => c,
            });
        }

        return builder.ToString();
    }

    public static string Shorten(string? text, int length)
    {
        var safe = Safe(text);
        return safe.Length <= length ? safe : safe[..(length - 1)] + "…";
    }
}
