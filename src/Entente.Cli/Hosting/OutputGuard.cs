namespace Entente.Cli.Hosting;

/// <summary>
/// Every file or folder a command writes goes through here, so that nothing the user has is destroyed by accident: the
/// evidence store and the event warehouse (and their journals, through any symlink) are never written over, existing
/// output only with <c>--force</c>, and output is written whole under a temporary name beside the target and then moved
/// into place, or not at all (devices and pipes, which have no content to lose, are written directly).
/// Problems with the path itself are usage errors (exit 2); a write that fails (disk full, no permission) is exit 1.
/// </summary>
public sealed partial class OutputGuard(IReadOnlyList<(string Name, string Path)> protectedFiles)
{
    /// <summary>The journals SQLite and DuckDB keep beside their files: writing over one corrupts the store.</summary>
    private static readonly string[] Journals = ["", "-wal", "-shm", "-journal", ".wal"];

    /// <summary>The `--force` option of a command that writes files.</summary>
    public static System.CommandLine.Option<bool> ForceOption() => new("--force") { Description = "Replace the output if it exists (the new output is written aside, then moved into place)." };

    /// <summary>Fails when <paramref name="path"/> is, or leads to, the evidence store, the warehouse or one of their journals.</summary>
    public void RefuseProtected(string path)
    {
        var target = CanonicalPath(path);
        foreach (var (name, file) in protectedFiles)
        {
            var store = CanonicalPath(file);
            if (Journals.Any(j => string.Equals(target, store + j, StringComparison.Ordinal)))
            {
                throw new CliException(ExitCodes.Usage, $"refusing to write to {path}: it is {(target == store ? "" : "a journal of ")}the {name} {file}; choose another output");
            }
        }
    }

    /// <summary>
    /// Every check a write would make, before the command does any work: a protected file, a file where a folder is
    /// wanted (or the reverse), a missing parent folder, existing output without <paramref name="force"/>. Returns the
    /// canonical target.
    /// </summary>
    public string Check(string path, bool force, bool folder = false)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliException(ExitCodes.Usage, "the output path is empty");
        }

        RefuseProtected(path);
        var target = CanonicalPath(path);
        if (folder ? File.Exists(target) : Directory.Exists(target))
        {
            throw new CliException(ExitCodes.Usage, folder ? $"{path} is a file; give a folder for the output" : $"{path} is a directory; give a file name for the output");
        }

        var parent = Path.GetDirectoryName(target);
        if (string.IsNullOrEmpty(parent) || !Directory.Exists(parent))
        {
            throw new CliException(ExitCodes.Usage, $"the folder of {path} does not exist; create it first, or choose another output");
        }

        var exists = folder ? Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() : File.Exists(target) && !IsEmpty(target);
        if (exists && !force)
        {
            throw new CliException(ExitCodes.Usage, $"{path} exists{(folder ? " and is not empty" : "")}; give --force to replace it, or choose another output. Nothing was written");
        }

        return target;
    }

    /// <summary>Writes a file atomically after the checks above; <paramref name="write"/> gets a stream to fill.</summary>
    public async Task WriteFileAsync(string path, bool force, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var target = Check(path, force);
        if (await TryWriteInPlaceAsync(path, target, write, cancellationToken))
        {
            return;
        }

        var temporary = TemporaryBeside(target);
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await write(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: force);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            TryDelete(temporary);
            if (error is OperationCanceledException)
            {
                throw;
            }

            throw WriteFailed(path, error, File.Exists(target) && !force);
        }
    }

    public Task WriteTextAsync(string path, bool force, string text, CancellationToken cancellationToken) =>
        WriteBytesAsync(path, force, new System.Text.UTF8Encoding(false).GetBytes(text), cancellationToken);

    public Task WriteBytesAsync(string path, bool force, byte[] content, CancellationToken cancellationToken) =>
        WriteFileAsync(path, force, (stream, token) => stream.WriteAsync(content, token).AsTask(), cancellationToken);
}
