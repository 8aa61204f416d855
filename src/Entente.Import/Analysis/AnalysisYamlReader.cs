using Entente.Ach;
using Entente.Diagnostics;
using Entente.Forecasting;
using Entente.Import.Bundle;
using Entente.Warnings;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Entente.Import.Analysis;

/// <summary>
/// Reads ACH sheets, watch rules and forecast logs from YAML: the extra sections of bundle files, or standalone rule files
/// (`rules:` at the top). Every problem is reported at file:line:col; nothing here touches a store.
/// </summary>
public static class AnalysisYamlReader
{
    /// <summary>The top-level sections of a bundle file this reader owns; the bundle reader leaves them alone.</summary>
    public static readonly IReadOnlyList<string> BundleSections = ["ach", "watch_rules", "forecast_log"];

    /// <summary>Reads the analysis sections of every .yaml/.yml file of a bundle (a file or a directory).</summary>
    public static AnalysisReadResult ReadBundle(string path) => Read(FilesOf(path), bundle: true);

    /// <summary>Reads standalone rule files: each holds `rules:`, a list of rules.</summary>
    public static AnalysisReadResult ReadRules(IEnumerable<string> files) => Read([.. files], bundle: false);

    private static AnalysisReadResult Read(IReadOnlyList<string> files, bool bundle)
    {
        var diagnostics = new List<Diagnostic>();
        var sheets = new List<AchSheet>();
        var rules = new List<WatchRule>();
        var log = new List<ForecastLogEntry>();
        foreach (var file in files)
        {
            if (Load(file, diagnostics) is not YamlMappingNode root)
            {
                continue;
            }

            var context = new YamlContext(file, new SourceMap(), diagnostics);
            var fields = bundle ? new YamlFields(context, root) : context.Fields(root, "a rule file (top level)", ["rules"]);
            if (fields is null)
            {
                continue;
            }

            if (fields.Get("ach") is { } ach && AchYaml.Read(context, ach) is { } sheet)
            {
                sheets.Add(sheet);
            }

            rules.AddRange(fields.List(bundle ? "watch_rules" : "rules", n => RuleYaml.Read(context, n, file)));
            log.AddRange(fields.List("forecast_log", n => ForecastLogYaml.Read(context, n)));
        }

        diagnostics.AddRange(rules.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => new Diagnostic(SourceLocation.StartOf(g.Last().File ?? ""), $"rule id '{g.Key}' is defined {g.Count()} times")));
        return new AnalysisReadResult(sheets, rules, log, diagnostics);
    }

    private static YamlNode? Load(string file, List<Diagnostic> diagnostics)
    {
        if (!File.Exists(file))
        {
            diagnostics.Add(new Diagnostic(SourceLocation.StartOf(file), "no such file"));
            return null;
        }

        var stream = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(File.ReadAllText(file))));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            var message = (ex.InnerException?.Message ?? ex.Message).Split(" (Parameter")[0];
            diagnostics.Add(new Diagnostic(new SourceLocation(file, (int)ex.Start.Line, (int)ex.Start.Column), $"not valid YAML: {new string([.. message.Select(c => char.IsControl(c) ? ' ' : c)])}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            var at = parser.LastGood;
            diagnostics.Add(new Diagnostic(new SourceLocation(file, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column)), "not valid YAML: the structure breaks off after this point (an unclosed [ or { ?)"));
            return null;
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    private static List<string> FilesOf(string path) =>
        File.Exists(path) ? [path]
        : Directory.Exists(path) ? [.. Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)]
        : [];
}
