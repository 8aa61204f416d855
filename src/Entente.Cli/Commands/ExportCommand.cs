using System.CommandLine;
using System.Text;
using Entente.Cli.Hosting;
using Entente.Import.Bundle;
using Entente.Import.CslJson;
using Entente.Import.Csv;
using Entente.Import.TimelineJs;
using Entente.Serialization;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>`entente export`: filtered evidence as JSON, CSV, a YAML bundle, CSL-JSON sources or a TimelineJS3 timeline.</summary>
public static class ExportCommand
{
    private static readonly string[] Formats = ["json", "csv", "yaml", "csl-json", "timeline"];

    public static Command Create(CliEnvironment environment)
    {
        var format = new Option<string>("--format") { Description = "json | csv | yaml (a bundle) | csl-json (sources) | timeline (TimelineJS3).", Required = true };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of stdout (never over the store; an existing file only with --force)." };
        var force = OutputGuard.ForceOption();
        var filters = new EvidenceFilters();
        var command = new Command("export", "Export evidence (with the same filters as 'evidence') and its sources.") { format, output, force };
        filters.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            if (context.Value(output) is { } target)
            {
                // Refuse a bad output before any work, so that a long export does not end in "cannot write".
                context.Output.RefuseProtected(target);
            }

            await using var store = await context.OpenStoreAsync(cancellationToken);
            var registry = await CommandContext.RegistryAsync(store, cancellationToken);
            var items = await store.QueryItemsAsync(filters.Query(context, registry), cancellationToken);
            var cited = items.SelectMany(i => i.Sources.Select(c => c.Source)).Distinct().ToList();
            var sources = await store.QuerySourcesAsync(new SourceQuery { Ids = cited }, cancellationToken);
            sources = await WithCitingWorksAsync(store, sources, cancellationToken);
            var bundleActors = (await store.ActorsAsync(cancellationToken))
                .Where(a => items.Any(i => i.Actors.Any(r => r.Actor == a.Id) || i.Place?.Country == a.Id || i.Quantities.Any(q => q.Actor == a.Id)))
                .ToList();

            var text = new StringWriter(new StringBuilder()) { NewLine = "\n" };
            switch (context.Value(format))
            {
                case "json":
                    await text.WriteLineAsync(EntenteJson.Serialize(new { actors = bundleActors, sources, items }, indented: true));
                    break;
                case "csv":
                    var csv = new StringWriter(new StringBuilder()) { NewLine = "\n" };
                    EvidenceCsvWriter.Write(csv, items);
                    await text.WriteAsync(WithoutControlCharacters(csv.ToString()));
                    break;
                case "yaml":
                    BundleWriter.Write(text, new Entente.Bundles.Bundle { Actors = bundleActors, Sources = sources, Items = items });
                    break;
                case "csl-json":
                    await text.WriteLineAsync(CslJsonWriter.Write(sources));
                    break;
                default:
                    await text.WriteLineAsync(TimelineJsWriter.Write("Entente evidence", items, sources.ToDictionary(s => s.Id)));
                    break;
            }

            if (context.Value(output) is { } path)
            {
                await context.Output.WriteTextAsync(path, context.Value(force), text.ToString(), cancellationToken);
                context.Note($"Wrote {items.Count} item(s) and {sources.Count} source(s) to {path}.");
            }
            else
            {
                await context.Out.Profile.Out.Writer.WriteAsync(text.ToString());
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Spreadsheets and terminals obey control characters, so CSV carries none but tab and line breaks, whatever a store
    /// written by an older Entente or another tool holds (bundles refuse them now).
    /// </summary>
    internal static string WithoutControlCharacters(string csv) =>
        csv.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'))
            ? new string([.. csv.Where(c => !char.IsControl(c) || c is '\t' or '\r' or '\n')])
            : csv;

    /// <summary>A source found in another work's footnote needs that work too, or the exported bundle would dangle.</summary>
    private static async Task<IReadOnlyList<Entente.Sources.Source>> WithCitingWorksAsync(IEvidenceStore store, IReadOnlyList<Entente.Sources.Source> sources, CancellationToken cancellationToken)
    {
        var missing = sources.Select(s => s.CitedIn?.Source).OfType<string>().Except(sources.Select(s => s.Id)).ToList();
        return missing.Count == 0 ? sources : [.. sources, .. await store.QuerySourcesAsync(new SourceQuery { Ids = missing }, cancellationToken)];
    }
}
