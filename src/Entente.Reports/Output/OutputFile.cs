namespace Entente.Reports.Output;

/// <summary>
/// Writes an output file whole or not at all: to a temporary file beside the target, then renamed over it, and never
/// over an existing file unless asked to. (A shared output-file guard is being built on another branch; this takes
/// its place until it lands.)
/// </summary>
public static class OutputFile
{
    public static async Task WriteAsync(string path, byte[] content, bool overwrite, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full) && !overwrite)
        {
            throw new IOException($"{path} exists; pass --force to replace it");
        }

        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{directory} does not exist");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken);
            File.Move(temporary, full, overwrite);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
