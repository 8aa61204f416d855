using Entente.Cli.Hosting;
using Entente.Events;
using Entente.Import.Events;
using Entente.Warehouse;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>What an event import did: rejected and flagged rows as `file:line: reason`, files of another dataset named, then a table.</summary>
internal static class EventImportReport
{
    public static void Write(CommandContext context, string asked, IReadOnlyList<FileImport> results)
    {
        foreach (var result in results)
        {
            foreach (var example in result.Examples)
            {
                var at = example.Line > 0 ? $"{result.File}:{example.Line}" : result.File;
                context.Environment.Error.WriteLine(Display.Safe($"{at}: {(example.Kept ? "kept, but " : "")}{example.Reason}"));
            }

            if (result.Status == FileImportStatus.Rejected && OtherDataset(result.File, asked) is { } other)
            {
                context.Note($"{result.File} looks like {other} data: import it with 'entente import {other.Replace(" events", "", StringComparison.Ordinal).Replace(" mentions", " --table mentions", StringComparison.Ordinal)}'.");
            }

            if (result.Rejected + result.Flagged > result.Examples.Count)
            {
                context.Note($"{result.File}: {result.Rejected} row(s) rejected and {result.Flagged} kept with a flagged value in all; the warehouse's rejects table lists each with its line and reason.");
            }
        }

        var skipped = results.Count(r => r.Status == FileImportStatus.Skipped);
        context.Note($"{results.Sum(r => r.Added)} event(s) added from {results.Count - skipped} file(s)" +
            (skipped > 0 ? $"; {skipped} already imported, skipped" : "") + ".");
        if (context.Json)
        {
            context.WriteJson(results);
            return;
        }

        var table = new Table().AddColumns("File", "Layout", "Status", "Rows", "Added", "Duplicates", "Rejected", "Flagged", "MB/s");
        foreach (var r in results)
        {
            var speed = r.Elapsed.TotalSeconds > 0 && r.Status != FileImportStatus.Skipped ? $"{r.Bytes / 1e6 / r.Elapsed.TotalSeconds:0.0}" : "";
            table.AddRow(Cells.Text(Path.GetFileName(r.File)), Cells.Text(r.Layout), Cells.Text(r.Status.ToString().ToLowerInvariant()),
                Cells.Text($"{r.Rows}"), Cells.Text($"{r.Added}"), Cells.Text($"{r.Duplicates}"), Cells.Text($"{r.Rejected}"), Cells.Text($"{r.Flagged}"), Cells.Text(speed));
        }

        context.Out.Write(table);
    }

    /// <summary>The registered dataset and table (other than the one asked for) whose sniff recognises the file's first line.</summary>
    private static string? OtherDataset(string display, string asked)
    {
        try
        {
            var path = display.Split('!')[0];
            var entry = display.Contains('!', StringComparison.Ordinal) ? display[(display.IndexOf('!', StringComparison.Ordinal) + 1)..] : null;
            using var stream = new EventFile(path, entry, 0).Open();
            var buffer = new char[1 << 16];
            using var reader = new StreamReader(stream);
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            var first = new string(buffer, 0, read).Split('\n')[0].TrimEnd('\r');
            return EventDatasets.Recognise(first) is { } found && found != asked ? found : null;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
