using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Entente.Reports.Output;

/// <summary>
/// The brief's Scriban templates: a team's folder of edited copies first (any file there replaces the shipped one of
/// the same name), else the templates embedded in the product. Parsed templates are cached per name.
/// </summary>
public sealed class TemplateSet : ITemplateLoader
{
    private readonly string? _directory;
    // Shared by concurrent renders (tests in parallel, the web workbench's downloads): parsed once per name, safely.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public TemplateSet(string? directory = null) => _directory = directory;

    public static TemplateSet Shipped { get; } = new();

    /// <summary>Names of the shipped templates (without extension), for `--templates` users to copy.</summary>
    public static IReadOnlyList<string> ShippedNames { get; } =
    [
        .. typeof(TemplateSet).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".scriban".Length])
            .Order(StringComparer.Ordinal),
    ];

    private const string Prefix = "Entente.Reports.Templates.";

    public bool Exists(string name) => Override(name) is not null || ShippedNames.Contains(name);

    public string Text(string name)
    {
        if (Override(name) is { } path)
        {
            return File.ReadAllText(path);
        }

        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream(Prefix + name + ".scriban")
            ?? throw new FileNotFoundException($"no brief template named '{name}'; templates: {string.Join(", ", ShippedNames)}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public Template Parse(string name) => _parsed.GetOrAdd(name, key =>
    {
        var template = Template.Parse(Text(key), key);
        return template.HasErrors ? throw new InvalidDataException($"template {key}: {string.Join("; ", template.Messages)}") : template;
    });

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Text(templatePath);

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(Text(templatePath));

    private string? Override(string name) =>
        _directory is not null && File.Exists(Path.Combine(_directory, name + ".scriban")) ? Path.Combine(_directory, name + ".scriban") : null;
}
