namespace Entente.Import.Bundle;

/// <summary>
/// Control characters (terminal escapes, NUL, bell, C1 codes) are refused in bundle text: they can hide or rewrite what
/// a reader sees. Long prose fields may hold tabs and line breaks; every other field is one line of text.
/// </summary>
internal static class ControlCharacters
{
    private static readonly HashSet<string> LongTextFields = new(StringComparer.Ordinal)
    {
        "summary", "description", "note", "text", "statement", "rationale", "basis", "resolution_criteria", "resolution_note",
    };

    /// <summary>The problem with <paramref name="value"/> of field <paramref name="key"/>, or null when it holds no forbidden character.</summary>
    public static string? Problem(string key, string value)
    {
        var longText = LongTextFields.Contains(key);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) && !(longText && c is '\t' or '\n'))
            {
                var allowed = longText ? "only tab and line breaks are allowed in it" : "it is one line of text";
                return $"'{key}' holds control character U+{(int)c:X4} at character {i + 1}; remove it ({allowed})";
            }
        }

        return null;
    }
}
