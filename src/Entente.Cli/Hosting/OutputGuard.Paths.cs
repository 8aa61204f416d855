namespace Entente.Cli.Hosting;

/// <summary>Resolving links, writing to devices and pipes, cleaning up, and saying why a write failed.</summary>
public sealed partial class OutputGuard
{
    /// <summary>
    /// The absolute path with every symbolic link along it resolved, so that two names of one file compare equal.
    /// Parts that do not exist yet are kept as written.
    /// </summary>
    public static string CanonicalPath(string path) => Canonical(Path.GetFullPath(path), depth: 0);

    private static string Canonical(string full, int depth)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo? link = null;
            try
            {
                link = depth < 32 ? File.ResolveLinkTarget(current, returnFinalTarget: true) : null;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // A link loop or a part we may not read: compare the path as written.
            }

            if (link is not null)
            {
                current = Canonical(link.FullName, depth + 1);
            }
        }

        return current;
    }

    /// <summary>
    /// An existing file of length zero is written in place: it holds nothing a failed write could destroy, and devices,
    /// pipes and /proc files (/dev/stdout, /dev/full, a FIFO) all report length zero and must never be renamed over
    /// (as root, a rename would replace /dev/full itself). Returns false when the target is absent or has content.
    /// </summary>
    private static async Task<bool> TryWriteInPlaceAsync(string path, string target, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        if (!File.Exists(target) || !IsEmpty(target))
        {
            return false;
        }

        try
        {
            await using var stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1, useAsync: false);
            await write(stream, cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw WriteFailed(path, error, existed: true);
        }

        return true;
    }

    private static CliException WriteFailed(string path, Exception error, bool existed)
    {
        var reason = error switch
        {
            UnauthorizedAccessException => "permission denied",
            IOException io when io.HResult == 28 || io.Message.Contains("No space left", StringComparison.Ordinal) => "no space left on the device",
            _ => error.Message.ReplaceLineEndings(" ").TrimEnd('.'),
        };
        var kept = existed ? "; the existing file is unchanged" : "; nothing was written";
        return new CliException(ExitCodes.InvalidInput, $"could not write {path}: {reason}{kept}");
    }

    private static bool IsEmpty(string file) => new FileInfo(file).Length == 0;

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Best effort: a temporary file left behind is harmless; the outcome of the write is what the user must hear about.
        }
    }
}
