using Entente.Cli.Hosting;

namespace Entente.Cli.Commands;

/// <summary>
/// Where an export goes, guarded: an existing file or non-empty folder is replaced only with --force, never the store
/// or the warehouse; the output is written beside the target under a temporary name and moved into place at the end,
/// so a failed or interrupted export leaves the old output whole and no half-written one.
/// </summary>
internal static class OutputTarget
{
    /// <summary>Writes through <paramref name="write"/> (given the temporary path) and moves the result onto <paramref name="output"/>.</summary>
    public static T Write<T>(CommandContext context, string output, bool folder, bool force, Func<string, T> write)
    {
        var target = Path.GetFullPath(output);
        foreach (var own in new[] { context.StorePath, context.WarehousePath }.Select(Path.GetFullPath))
        {
            if (string.Equals(own, target, StringComparison.Ordinal))
            {
                throw new CliException(ExitCodes.InvalidInput, $"{target} is the {(own == Path.GetFullPath(context.StorePath) ? "evidence store" : "event warehouse")}; give another --out");
            }
        }

        var parent = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(parent))
        {
            throw new CliException(ExitCodes.NotFound, $"{parent}: no such folder for --out");
        }

        if (folder ? File.Exists(target) : Directory.Exists(target))
        {
            throw new CliException(ExitCodes.InvalidInput, $"{target} is a {(folder ? "file" : "folder")}; the export needs a {(folder ? "folder" : "file")} there");
        }

        var exists = folder ? Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() : File.Exists(target);
        if (exists && !force)
        {
            throw new CliException(ExitCodes.InvalidInput, $"{target} already exists{(folder ? " and is not empty" : "")}; give --force to replace it, or another --out. Nothing was written");
        }

        var temporary = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var result = write(temporary);
            if (folder)
            {
                Swap(temporary, target);
            }
            else
            {
                File.Move(temporary, target, overwrite: true);
            }

            return result;
        }
        finally
        {
            Remove(temporary);
        }
    }

    /// <summary>Puts the new folder in the old one's place: the old is moved aside first and removed only once the new is there.</summary>
    private static void Swap(string temporary, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(temporary, target);
            return;
        }

        var aside = temporary + ".old";
        Directory.Move(target, aside);
        Directory.Move(temporary, target);
        Remove(aside);
    }

    private static void Remove(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
