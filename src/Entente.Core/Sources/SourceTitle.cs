namespace Entente.Sources;

/// <summary>A title in its original language, with the transliteration and translation analysts cite.</summary>
public sealed record SourceTitle(string Original, string? Transliteration = null, string? Translation = null)
{
    /// <summary>The title an English reader should see first.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Display => Translation is null ? Original : $"{Translation} [{Original}]";
}
