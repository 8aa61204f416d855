using Entente.Cli.Hosting;
using Entente.Diagnostics;
using Entente.Forecasting;
using Entente.Import.Analysis;
using Entente.Storage;
using Entente.Storage.Analysis;

namespace Entente.Cli.Structured;

/// <summary>
/// The structured-analysis sections of a bundle (`ach`, `watch_rules`, `forecast_log`) beside its evidence: read and
/// checked with the bundle (so a bad section stops the whole import), imported right after the evidence it refers to.
/// </summary>
public static class AnalysisBundle
{
    /// <summary>
    /// Reads the sections and checks what needs the bundle: one estimative scale per case and, given a store, that every item
    /// named lies in the bundle or the store (without one, as in `validate`, items outside the bundle are not checked).
    /// </summary>
    public static async Task<AnalysisReadResult> ReadAsync(string path, Bundles.Bundle bundle, IEvidenceStore? store, CancellationToken cancellationToken)
    {
        var read = AnalysisYamlReader.ReadBundle(path);
        var diagnostics = read.Diagnostics.ToList();
        var caseName = bundle.Info?.Id ?? Path.GetFileName(Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar));
        diagnostics.AddRange(ForecastRules.MixedScales(caseName, bundle.Items.Where(i => i.Forecast is not null).Select(i => (i.Id, i.Forecast!.Scale)))
            .Select(m => new Diagnostic(SourceLocation.StartOf(path), m)));
        var inBundle = bundle.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var named = read.Sheets.SelectMany(s => s.Rows.Select(r => r.Item))
            .Concat(read.ForecastLog.SelectMany(e => e.Resolution?.Evidence ?? []))
            .Where(i => !inBundle.Contains(i)).Distinct(StringComparer.Ordinal);
        foreach (var item in named)
        {
            if (store is not null && await store.FindItemAsync(item, cancellationToken) is null)
            {
                diagnostics.Add(new Diagnostic(SourceLocation.StartOf(path), $"the analysis names item '{item}', which is neither in this bundle nor in the store"));
            }
        }

        return read with { Diagnostics = diagnostics };
    }

    public static async Task ImportAsync(CommandContext context, AnalysisReadResult read, string origin, CancellationToken cancellationToken)
    {
        if (read.IsEmpty)
        {
            return;
        }

        await using var analysis = await SqliteAnalysisStore.OpenAsync(context.StorePath, cancellationToken);
        var summary = await analysis.ImportAsync(read.Sheets, read.Rules, read.ForecastLog, origin, cancellationToken);
        context.Note(summary.IsEmpty
            ? "Analysis unchanged: the store already holds these ratings, rules and forecast entries."
            : $"Analysis: {summary.Ratings} rating(s), {summary.Rules} rule version(s), {summary.ForecastEntries} forecast entr(y/ies) written.");
    }
}
