using System.Globalization;
using Entente.Dates;
using Entente.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Entente.Import.Bundle;

/// <summary>Typed access to one YAML mapping; every bad value becomes a diagnostic at its own position.</summary>
internal sealed class YamlFields(YamlContext context, YamlMappingNode mapping)
{
    public YamlMappingNode Node => mapping;

    public SourceLocation Location => context.At(mapping);

    /// <summary>Locations of each present field, for checks that run after parsing.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations =>
        mapping.Children.Where(c => c.Key is YamlScalarNode { Value: not null })
            .ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => context.At(c.Value));

    public void Record(object owner) => context.Map.Record(owner, Location, Locations);

    public YamlNode? Get(string key)
    {
        var node = mapping.Children.FirstOrDefault(c => (c.Key as YamlScalarNode)?.Value == key).Value;
        return node is null || YamlContext.IsNull(node) ? null : node;
    }

    public string? String(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required)
            {
                context.Error(mapping, $"missing required field '{key}'");
            }

            return null;
        }

        if (node is not YamlScalarNode { Value: { } value })
        {
            context.Error(node, $"'{key}' must be text, not a {Describe(node)}");
            return null;
        }

        if (value.Length > YamlContext.MaxTextLength)
        {
            context.Error(node, $"'{key}' is {value.Length:N0} characters; the limit is {YamlContext.MaxTextLength:N0}");
            return null;
        }

        if (required && string.IsNullOrWhiteSpace(value))
        {
            context.Error(node, $"'{key}' must not be empty");
            return null;
        }

        if (ControlCharacters.Problem(key, value) is { } problem)
        {
            // Reported, and the record kept, so that one bad character does not also make everything citing it dangle.
            context.Error(node, problem);
        }

        return value;
    }

    public decimal? Decimal(string key, bool required = false) =>
        Parse<decimal>(key, required, "a number", t => decimal.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null);

    public double? Double(string key) =>
        Parse<double>(key, false, "a number", t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null);

    public int? Int(string key, bool required = false) =>
        Parse<int>(key, required, "a whole number", t => int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null);

    public bool? Bool(string key) =>
        Parse<bool>(key, false, "true or false", t => t switch { "true" or "yes" => true, "false" or "no" => false, _ => (bool?)null });

    public PartialDate? Date(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date, out var error))
        {
            return date;
        }

        context.Error(Get(key)!, error);
        return null;
    }

    /// <summary>A date ("2018-09") or a range ({from: ..., to: ...}).</summary>
    public DateSpan? Span(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null)
        {
            return required ? Missing<DateSpan>(key) : null;
        }

        if (node is YamlScalarNode)
        {
            return Date(key) is { } single ? DateSpan.On(single) : null;
        }

        var range = context.Fields(node, $"date range '{key}'", ["from", "to"]);
        var from = range?.Date("from", required: true);
        var to = range?.Date("to", required: true);
        if (from is null || to is null)
        {
            return null;
        }

        if (to.Value.End < from.Value.Start)
        {
            context.Error(node, $"date range ends ({to}) before it starts ({from})");
            return null;
        }

        return new DateSpan(from.Value, to.Value);
    }

    public IReadOnlyList<string> Strings(string key)
    {
        var node = Get(key);
        if (node is YamlScalarNode { Value: { } single })
        {
            if (ControlCharacters.Problem(key, single) is { } problem)
            {
                context.Error(node, problem);
            }

            return [single];
        }

        return context.List(node, $"'{key}'", n =>
        {
            if (n is YamlScalarNode { Value: { } v } && v.Length <= YamlContext.MaxTextLength)
            {
                if (ControlCharacters.Problem(key, v) is { } problem)
                {
                    context.Error(n, problem);
                }

                return v;
            }

            context.Error(n, $"each entry of '{key}' must be a short text, not a {Describe(n)}");
            return null;
        });
    }

    public IReadOnlyList<T> List<T>(string key, Func<YamlNode, T?> read)
        where T : class => context.List(Get(key), $"'{key}'", read);

    public T? Enum<T>(string key, IReadOnlyDictionary<string, T> values, bool required = false)
        where T : struct
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (values.TryGetValue(text, out var value))
        {
            return value;
        }

        context.Error(Get(key)!, $"'{text}' is not a valid {key}; expected one of: {string.Join(", ", values.Keys)}");
        return null;
    }

    private T? Parse<T>(string key, bool required, string expected, Func<string, T?> parse)
        where T : struct
    {
        var node = Get(key);
        if (node is null)
        {
            return required ? Missing<T>(key) : null;
        }

        if (node is YamlScalarNode { Value: { } text } && parse(text.Trim()) is { } value)
        {
            return value;
        }

        context.Error(node, $"'{key}' must be {expected}, not '{Shorten(node)}'");
        return null;
    }

    private T? Missing<T>(string key)
        where T : struct
    {
        context.Error(mapping, $"missing required field '{key}'");
        return null;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "value",
    };

    private static string Shorten(YamlNode node)
    {
        var text = node is YamlScalarNode s ? s.Value ?? "" : Describe(node);
        return text.Length > 40 ? text[..40] + "…" : text;
    }
}
