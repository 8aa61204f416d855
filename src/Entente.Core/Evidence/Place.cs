using System.Text.Json.Serialization;

namespace Entente.Evidence;

/// <summary>Where an item happened: a country (actor id), a sea or region, optional coordinates.</summary>
public sealed record Place
{
    public string? Country { get; init; }
    public string? Sea { get; init; }
    public string? Region { get; init; }
    public string? Name { get; init; }
    [JsonPropertyName("lat")]
    public double? Latitude { get; init; }

    [JsonPropertyName("lon")]
    public double? Longitude { get; init; }

    public string Describe() =>
        string.Join(", ", new[] { Name, Region, Sea, Country }.Where(p => !string.IsNullOrEmpty(p)));
}
