namespace Entente.Cli.Hosting;

/// <summary>
/// Output written by a library that wants a path rather than a stream (DuckDB's COPY, a Parquet folder): it writes to a
/// temporary path beside the target, which is then moved into place, so a failed or interrupted write leaves the old
/// output whole and no half-written one.
/// </summary>
public sealed partial class OutputGuard
{
    /// <summary>A file written by <paramref name="write"/> at the path it is given.</summary>
    public T WriteFile<T>(string path, bool force, Func<string, T> write)
    {
        var target = Check(path, force);
        // A device or pipe (/dev/stdout) is copied into from a temporary file elsewhere, never renamed over.
        var device = File.Exists(target) && IsEmpty(target);
        var temporary = device ? Path.Combine(Path.GetTempPath(), $"entente-{Guid.NewGuid():N}.tmp") : TemporaryBeside(target);
        try
        {
            var result = write(temporary);
            if (device)
            {
                using var source = File.OpenRead(temporary);
                using var sink = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1, useAsync: false);
                source.CopyTo(sink);
            }
            else
            {
                File.Move(temporary, target, overwrite: force);
            }

            return result;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw WriteFailed(path, error, File.Exists(target));
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>A folder written by <paramref name="write"/>; the old folder is moved aside and removed only once the new one is in place.</summary>
    public T WriteFolder<T>(string path, bool force, Func<string, T> write)
    {
        var target = Check(path, force, folder: true);
        var temporary = TemporaryBeside(target);
        try
        {
            var result = write(temporary);
            if (!Directory.Exists(temporary))
            {
                Directory.CreateDirectory(temporary);
            }

            if (Directory.Exists(target))
            {
                var aside = temporary + ".old";
                Directory.Move(target, aside);
                Directory.Move(temporary, target);
                TryDelete(aside);
            }
            else
            {
                Directory.Move(temporary, target);
            }

            return result;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw WriteFailed(path, error, Directory.Exists(target));
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private static string TemporaryBeside(string target) => Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
}
