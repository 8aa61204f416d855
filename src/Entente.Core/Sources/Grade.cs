namespace Entente.Sources;

/// <summary>
/// An Admiralty grade: source reliability (A–F) and information credibility (1–6), judged independently,
/// with the analyst's reason.
/// </summary>
public sealed record Grade(
    [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<Reliability>))] Reliability Reliability,
    int Credibility,
    string? Rationale = null)
{
    public static readonly IReadOnlyDictionary<int, string> CredibilityLabels = new Dictionary<int, string>
    {
        [1] = "confirmed",
        [2] = "probably true",
        [3] = "possibly true",
        [4] = "doubtful",
        [5] = "improbable",
        [6] = "cannot be judged",
    };

    [System.Text.Json.Serialization.JsonIgnore]
    public string Code => $"{Reliability}{Credibility}";

    /// <summary>True when both dimensions are at least as good as <paramref name="minimum"/> (B2 meets C3, not the reverse).</summary>
    public bool Meets(Grade minimum) => Reliability <= minimum.Reliability && Credibility <= minimum.Credibility;

    public static bool TryParse(string? text, out Grade grade)
    {
        grade = null!;
        var t = (text ?? "").Trim().ToUpperInvariant();
        if (t.Length != 2 || !Enum.TryParse<Reliability>(t[..1], out var reliability) || !IsCredibility(t[1] - '0'))
        {
            return false;
        }

        grade = new Grade(reliability, t[1] - '0');
        return true;
    }

    public static Grade Parse(string text) =>
        TryParse(text, out var grade) ? grade : throw new FormatException($"'{text}' is not a grade; write a letter A–F and a digit 1–6, e.g. B2");

    public static bool IsCredibility(int value) => value is >= 1 and <= 6;

    public override string ToString() => Code;
}
