using System.Text.Json.Serialization;

namespace Entente.Evidence;

/// <summary>What identifies an exercise or patrol: its series (Joint Sea, Vostok ...), edition and domains.</summary>
public sealed record ExerciseDetails
{
    public string? Series { get; init; }
    public string? Edition { get; init; }
    [JsonPropertyName("domain")]
    public IReadOnlyList<string> Domains { get; init; } = [];

    public static readonly IReadOnlySet<string> KnownDomains = new HashSet<string> { "land", "sea", "air", "space", "cyber", "joint" };
}
