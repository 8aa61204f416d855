using System.Text.Json.Nodes;
using Entente.Serialization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Entente.Import.Bundle;

/// <summary>
/// Writes records back as a bundle file. It goes through the model's JSON shape, which is the bundle's shape,
/// so what it writes validates and re-imports unchanged.
/// </summary>
public static class BundleWriter
{
    public static void Write(TextWriter writer, Entente.Bundles.Bundle bundle)
    {
        var root = new Dictionary<string, object?>();
        if (bundle.Info is { } info)
        {
            root["bundle"] = Plain(JsonSerializerNode(info));
        }

        Section(root, "actors", bundle.Actors);
        Section(root, "sources", bundle.Sources);
        Section(root, "items", bundle.Items);
        var serializer = new SerializerBuilder()
            .WithDefaultScalarStyle(ScalarStyle.Any)
            .WithQuotingNecessaryStrings()
            .DisableAliases()
            .Build();
        serializer.Serialize(writer, root);
    }

    private static void Section<T>(Dictionary<string, object?> root, string key, IReadOnlyList<T> records)
    {
        if (records.Count > 0)
        {
            root[key] = records.Select(r => Plain(JsonSerializerNode(r))).ToList();
        }
    }

    private static JsonNode? JsonSerializerNode<T>(T value) => JsonNode.Parse(EntenteJson.Serialize(value));

    /// <summary>JSON nodes to plain dictionaries, lists and scalars that YAML serialises naturally.</summary>
    private static object? Plain(JsonNode? node) => node switch
    {
        JsonObject o => o.ToDictionary(p => p.Key, p => Plain(p.Value)),
        JsonArray a => a.Select(Plain).ToList(),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v => decimal.Parse(v.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
