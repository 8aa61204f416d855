using System.Text.Json;
using System.Text.Json.Serialization;
using Entente.Dates;

namespace Entente.Serialization;

/// <summary>Writes a single date as a string and a range as {"from": ..., "to": ...}, as bundles do.</summary>
public sealed class DateSpanJsonConverter : JsonConverter<DateSpan>
{
    public override DateSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return DateSpan.On(PartialDate.Parse(reader.GetString()!));
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        return new DateSpan(PartialDate.Parse(root.GetProperty("from").GetString()!), PartialDate.Parse(root.GetProperty("to").GetString()!));
    }

    public override void Write(Utf8JsonWriter writer, DateSpan value, JsonSerializerOptions options)
    {
        if (!value.IsRange)
        {
            writer.WriteStringValue(value.From.ToString());
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("from", value.From.ToString());
        writer.WriteString("to", value.To.ToString());
        writer.WriteEndObject();
    }
}
