namespace Entente.Ach;

/// <summary>One rating of an item against a hypothesis, with its one-line justification.</summary>
public sealed record AchCell(string Item, string Hypothesis, [property: System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<AchRating>))] AchRating Rating, string Why);
