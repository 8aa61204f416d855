using System.Text.Json;
using System.Text.Json.Serialization;
using Entente.Dates;

namespace Entente.Serialization;

/// <summary>Writes a partial date as the string an analyst would type ("2018-09").</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PartialDate.Parse(reader.GetString() ?? throw new JsonException("A date must be a string."));

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
