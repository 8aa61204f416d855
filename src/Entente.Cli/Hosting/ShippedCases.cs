using Entente.Import.Bundle;
using Entente.Storage;

namespace Entente.Cli.Hosting;

/// <summary>The case bundles shipped beside the binary (`cases/*/`), loaded into a new store so a first run shows real evidence.</summary>
public static class ShippedCases
{
    public static IReadOnlyList<string> Directories(CliEnvironment environment) =>
        Directory.Exists(environment.CasesDirectory)
            ? [.. Directory.EnumerateDirectories(environment.CasesDirectory).Order(StringComparer.Ordinal)]
            : [];

    public static async Task LoadAsync(IEvidenceStore store, CommandContext context, CancellationToken cancellationToken)
    {
        foreach (var directory in Directories(context.Environment))
        {
            var read = BundleValidator.Shipped.ReadAndValidate(directory);
            if (!read.IsValid)
            {
                throw new CliException(ExitCodes.InvalidInput,
                    $"the shipped case {directory} does not validate ({read.Diagnostics.Count} problems, first: {read.Diagnostics[0]}); this is a defect in Entente");
            }

            var analysis = await Structured.AnalysisBundle.ReadAsync(directory, read.Bundle, store, cancellationToken);
            if (!analysis.IsValid)
            {
                throw new CliException(ExitCodes.InvalidInput, $"the shipped case {directory} has {analysis.Diagnostics.Count} analysis problem(s), first: {analysis.Diagnostics[0]}; this is a defect in Entente");
            }

            var summary = await store.ImportAsync(read.Bundle, directory, cancellationToken: cancellationToken);
            await Structured.AnalysisBundle.ImportAsync(context, analysis, directory, cancellationToken);
            context.Note($"Loaded the shipped case '{read.Bundle.Info?.Title ?? Path.GetFileName(directory)}': {summary.Items.Added} items, {summary.Sources.Added} sources.");
        }
    }
}
