namespace Entente.Cli.Hosting;

/// <summary>
/// Every file a command writes goes through here, so that nothing the user has is destroyed by accident: the evidence store
/// and the event warehouse (and their journals, through any symlink) are never written over, an existing file only with
/// <c>--force</c>, and a file is written whole through a temporary file and a rename, or not at all (devices and pipes,
/// which have no content to lose, are written directly).
/// Problems with the path itself are usage errors (exit 2); a write that fails (disk full, no permission) is exit 1.
/// </summary>
public sealed partial class OutputGuard(IReadOnlyList<string> protectedFiles)
{
    /// <summary>The journals SQLite and DuckDB keep beside their files: writing over one corrupts the store.</summary>
    private static readonly string[] Journals = ["", "-wal", "-shm", "-journal", ".wal"];

    /// <summary>The `--force` option of a command that writes files.</summary>
    public static System.CommandLine.Option<bool> ForceOption() => new("--force") { Description = "Overwrite the output file if it exists." };

    /// <summary>Fails when <paramref name="path"/> is, or leads to, the evidence store, the warehouse or one of their journals.</summary>
    public void RefuseProtected(string path)
    {
        var target = CanonicalPath(path);
        foreach (var file in protectedFiles)
        {
            var store = CanonicalPath(file);
            if (Journals.Any(j => string.Equals(target, store + j, StringComparison.Ordinal)))
            {
                throw new CliException(ExitCodes.Usage, $"refusing to write to {path}: it is {(target == store ? "" : "a journal of ")}the store {file}; choose another output");
            }
        }
    }

    /// <summary>Writes a file atomically after the checks above; <paramref name="write"/> gets a stream to fill.</summary>
    public async Task WriteFileAsync(string path, bool force, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var target = CheckTarget(path);
        if (await TryWriteInPlaceAsync(path, target, write, cancellationToken))
        {
            return;
        }

        if (File.Exists(target) && !force)
        {
            throw new CliException(ExitCodes.Usage, $"{path} exists; give --force to overwrite it, or choose another output");
        }

        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
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
        WriteFileAsync(path, force, (stream, token) => stream.WriteAsync(new System.Text.UTF8Encoding(false).GetBytes(text), token).AsTask(), cancellationToken);

    private string CheckTarget(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliException(ExitCodes.Usage, "the output path is empty");
        }

        RefuseProtected(path);
        var target = CanonicalPath(path);
        if (Directory.Exists(target))
        {
            throw new CliException(ExitCodes.Usage, $"{path} is a directory; give a file name for the output");
        }

        var folder = Path.GetDirectoryName(target);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            throw new CliException(ExitCodes.Usage, $"the folder of {path} does not exist; create it first, or choose another output");
        }

        return target;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Best effort: the write already failed, and that is what the user must hear about.
        }
    }
}
