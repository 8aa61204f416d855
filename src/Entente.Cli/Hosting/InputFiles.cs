using System.CommandLine;

namespace Entente.Cli.Hosting;

/// <summary>
/// Files a command reads are checked before it runs, the same way for every command: a device or a /proc file
/// (/dev/zero, /dev/full, /proc/self/mem) would be read without end or fail half-way, so it is refused by name.
/// Arguments that name input files are called `path`, `file` or `files`; the store options are checked too.
/// </summary>
public static class InputFiles
{
    private static readonly string[] FileArguments = ["path", "file", "files"];

    private static readonly string[] SystemFolders = ["/dev/", "/proc/", "/sys/"];

    /// <summary>Throws a usage error for the first input of <paramref name="parse"/> that is a device or a system file.</summary>
    public static void Check(ParseResult parse)
    {
        RefuseMistypedOptions(parse);
        foreach (var argument in parse.CommandResult.Command.Arguments.Where(a => FileArguments.Contains(a.Name, StringComparer.Ordinal)))
        {
            foreach (var path in parse.GetResult(argument)?.Tokens.Select(t => t.Value) ?? [])
            {
                RefuseSystemFile(path, "input");
            }
        }

        foreach (var store in new[] { parse.GetValue(GlobalOptions.Db), parse.GetValue(GlobalOptions.Warehouse) }.OfType<string>())
        {
            RefuseSystemFile(store, "store");
        }
    }

    /// <summary>
    /// An argument swallows a mistyped option (`ach --sensitivty` binds it as the case): a value that starts with `--`
    /// (for a file argument, with `-`) and names no file is an unknown option, so every command refuses it alike.
    /// </summary>
    private static void RefuseMistypedOptions(ParseResult parse)
    {
        foreach (var argument in parse.CommandResult.Command.Arguments)
        {
            var prefix = FileArguments.Contains(argument.Name, StringComparer.Ordinal) ? "-" : "--";
            foreach (var value in parse.GetResult(argument)?.Tokens.Select(t => t.Value) ?? [])
            {
                if (value.StartsWith(prefix, StringComparison.Ordinal) && !File.Exists(value) && !Directory.Exists(value))
                {
                    throw new CliException(ExitCodes.Usage, $"unknown option '{value}' for '{argument.Name}' (and no file has that name); try --help");
                }
            }
        }
    }

    /// <summary>Refuses a device, a pipe or a kernel file that stands where a regular file must be.</summary>
    public static void RefuseSystemFile(string path, string what)
    {
        if (string.IsNullOrEmpty(path) || !File.Exists(path) || new FileInfo(path).Length > 0)
        {
            return;
        }

        var canonical = OutputGuard.CanonicalPath(path);
        if (SystemFolders.Any(f => canonical.StartsWith(f, StringComparison.Ordinal)))
        {
            throw new CliException(ExitCodes.Usage, $"{path} is a device or a system file, not a regular file; give an {what} file");
        }
    }
}
