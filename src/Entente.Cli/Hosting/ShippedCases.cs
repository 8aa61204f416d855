using Entente.Import.Bundle;
using Entente.Storage;

namespace Entente.Cli.Hosting;

/// <summary>
/// The case bundles shipped beside the binary (`cases/*/`), loaded into a new store so a first run shows real evidence,
/// and again by `init`. A shipped record the user replaced with their own bundle is kept, and said so, unless the user
/// asks for the shipped version back.
/// </summary>
public static class ShippedCases
{
    public static IReadOnlyList<string> Directories(CliEnvironment environment) =>
        Directory.Exists(environment.CasesDirectory)
            ? [.. Directory.EnumerateDirectories(environment.CasesDirectory).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The actors and sources a new store would hold: what a bundle may cite before the store exists.</summary>
    public static KnownRecords Known(CliEnvironment environment)
    {
        var bundles = Directories(environment).Select(d => BundleReader.Read(d).Bundle).ToList();
        return new KnownRecords([.. bundles.SelectMany(b => b.Actors)], bundles.SelectMany(b => b.Sources).Select(s => s.Id).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Imports every shipped case; <paramref name="reset"/> restores shipped records the user replaced, otherwise they are kept.</summary>
    public static async Task<IReadOnlyList<ShippedCaseLoad>> LoadAsync(IEvidenceStore store, CommandContext context, bool reset, CancellationToken cancellationToken)
    {
        var loads = new List<ShippedCaseLoad>();
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

            var options = new ImportOptions { Origin = directory, OthersRecords = reset ? OthersRecords.Replace : OthersRecords.Keep };
            var summary = await store.ImportAsync(read.Bundle, options, cancellationToken);
            var load = new ShippedCaseLoad(read.Bundle.Info?.Id ?? Path.GetFileName(directory), summary);
            await Structured.AnalysisBundle.ImportAsync(context, analysis, directory, cancellationToken);
            context.Committed($"the shipped case {load.Case}");
            context.Note(load.Describe());
            loads.Add(load);
        }

        return loads;
    }
}

/// <summary>What loading one shipped case did, in numbers and in a sentence for the user.</summary>
public sealed record ShippedCaseLoad(string Case, ImportSummary Summary)
{
    public int Added => Summary.Actors.Added + Summary.Sources.Added + Summary.Items.Added;

    public int Updated => Summary.Actors.Updated + Summary.Sources.Updated + Summary.Items.Updated - Summary.Replaced.Count;

    public int Unchanged => Summary.Actors.Unchanged + Summary.Sources.Unchanged + Summary.Items.Unchanged;

    public string Describe()
    {
        var text = $"Loaded the shipped case {Case}: {Added} new, {Updated} updated, {Unchanged} unchanged";
        if (Summary.Kept.Count > 0)
        {
            text += $"; {Summary.Kept.Count} kept because you changed them ({List(Summary.Kept)}); 'entente init --reset-shipped' restores them";
        }

        if (Summary.Replaced.Count > 0)
        {
            text += $"; {Summary.Replaced.Count} restored to the shipped version ({List(Summary.Replaced)}; the replaced versions are kept in the history)";
        }

        return text + ".";
    }

    private static string List(IReadOnlyList<OwnedRecord> records) =>
        string.Join(", ", records.Take(5)) + (records.Count > 5 ? $" and {records.Count - 5} more" : "");
}
