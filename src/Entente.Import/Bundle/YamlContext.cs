using Entente.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Entente.Import.Bundle;

/// <summary>Collects the problems found while reading one file and records where every value came from.</summary>
internal sealed class YamlContext(string file, SourceMap map, List<Diagnostic> diagnostics)
{
    public const int MaxTextLength = 20_000;

    public string File { get; } = file;
    public SourceMap Map { get; } = map;

    public SourceLocation At(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    public void Error(YamlNode node, string message) => diagnostics.Add(new Diagnostic(At(node), message));

    public void Error(SourceLocation location, string message) => diagnostics.Add(new Diagnostic(location, message));

    /// <summary>Reads a mapping whose keys must all be among <paramref name="allowed"/>; unknown keys are errors.</summary>
    public YamlFields? Fields(YamlNode node, string what, IReadOnlyCollection<string> allowed)
    {
        if (node is not YamlMappingNode mapping)
        {
            Error(node, $"{what} must be a mapping of keys to values");
            return null;
        }

        var fields = new YamlFields(this, mapping);
        foreach (var (key, _) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !allowed.Contains(name))
            {
                Error(key, $"unknown field '{name ?? key.ToString()}' in {what}; expected one of: {string.Join(", ", allowed)}");
            }
        }

        return fields;
    }

    /// <summary>Reads a sequence item by item; a missing list is empty, anything else is an error.</summary>
    public IReadOnlyList<T> List<T>(YamlNode? node, string what, Func<YamlNode, T?> read)
        where T : class
    {
        if (node is null || IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"{what} must be a list");
            return [];
        }

        return [.. sequence.Children.Select(read).OfType<T>()];
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };
}
