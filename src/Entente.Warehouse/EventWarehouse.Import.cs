using System.Runtime.CompilerServices;
using Entente.Events;

namespace Entente.Warehouse;

public sealed partial class EventWarehouse
{
    /// <summary>
    /// Imports every input of <paramref name="paths"/> (a `.zip` stands for its entries) with <paramref name="reader"/>,
    /// one transaction per input (committed in steps for large ones). Inputs already imported completely (same
    /// fingerprint) are skipped, so an interrupted run resumes where it stopped.
    /// </summary>
    /// <exception cref="EventImportInterruptedException">Cancelled; the message says what the run kept.</exception>
    /// <exception cref="WarehouseException">The warehouse could not be written.</exception>
    public IReadOnlyList<FileImport> Import(IEnumerable<string> paths, IEventReader reader, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAll(paths, reader.Table, (file, committed) => ImportEvents(file, reader, committed, progress, cancellationToken));

    /// <summary>Imports mentions tables (one transaction each): rows are staged, then inserted unless already stored.</summary>
    public IReadOnlyList<FileImport> Import(IEnumerable<string> paths, IMentionReader reader, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAll(paths, reader.Table, (file, _) => ImportMentions(file, reader, progress, cancellationToken));

    /// <summary>The release an input belongs to: GDELT's file timestamp ("20191024143000"), else the file name without extensions.</summary>
    public static string Release(EventFile file)
    {
        var name = System.IO.Path.GetFileName(file.Entry ?? file.Path);
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && name[..dot].All(char.IsAsciiDigit) ? name[..dot] : System.IO.Path.GetFileNameWithoutExtension(name.Replace(".gz", "", StringComparison.OrdinalIgnoreCase));
    }

    private IReadOnlyList<FileImport> ImportAll(IEnumerable<string> paths, string target, Func<EventFile, StrongBox<long>, FileImport> importOne)
    {
        var results = new List<FileImport>();
        var committed = new StrongBox<long>();
        try
        {
            foreach (var path in paths)
            {
                foreach (var file in Expand(path, target, results))
                {
                    committed.Value = 0;
                    results.Add(Guard($"import {file.Display}", () => importOne(file, committed)));
                }
            }
        }
        catch (OperationCanceledException ex)
        {
            throw Interrupted(results, committed.Value, ex);
        }

        return results;
    }

    /// <summary>The inputs of a path; a file that claims to be a zip archive but is not one is refused, by name, as an input.</summary>
    private static IReadOnlyList<EventFile> Expand(string path, string target, List<FileImport> results)
    {
        try
        {
            return EventFile.Expand(path);
        }
        catch (InvalidDataException ex)
        {
            results.Add(Refused(new EventFile(path, null, new FileInfo(path).Length), $"not a readable zip archive ({ex.Message}); nothing was imported from it as {target}", TimeSpan.Zero));
            return [];
        }
    }

    /// <summary>What an interrupted run kept: files imported whole, and the committed steps of the file it stopped in.</summary>
    private static EventImportInterruptedException Interrupted(List<FileImport> results, long committedInFile, OperationCanceledException ex)
    {
        var whole = results.Where(r => r.Status is FileImportStatus.Complete or FileImportStatus.Partial).ToList();
        var kept = whole.Sum(r => r.Added) + committedInFile;
        if (kept == 0)
        {
            return new EventImportInterruptedException("cancelled; the warehouse is unchanged (the interrupted file's transaction was rolled back).", 0, ex);
        }

        var parts = new List<string>();
        if (whole.Count > 0)
        {
            parts.Add($"{whole.Sum(r => r.Added)} event(s) from {whole.Count} file(s) imported before the interruption");
        }

        if (committedInFile > 0)
        {
            parts.Add($"{committedInFile} event(s) the interrupted file committed in steps");
        }

        return new EventImportInterruptedException(
            $"cancelled: the warehouse changed: {string.Join(" and ", parts)} stay in it. Run the same import again to add the rest (what is stored is skipped).",
            kept, ex);
    }
}
