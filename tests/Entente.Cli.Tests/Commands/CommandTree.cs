using System.CommandLine;
using Entente.Cli.Hosting;
using Spectre.Console.Testing;

namespace Entente.Cli.Tests.Commands;

/// <summary>The `entente` command tree as the application builds it, so that tests cover every command, new ones included.</summary>
internal static class CommandTree
{
    /// <summary>Sample values for arguments that are not files, by argument name.</summary>
    private static readonly Dictionary<string, string[]> Samples = new(StringComparer.Ordinal)
    {
        ["supplier"] = ["RUS"],
        ["recipient"] = ["CHN"],
        ["actors"] = ["RUS", "CHN"],
        ["id"] = ["s9-no-tactical-interoperability"],
        ["query"] = ["China"],
        ["a"] = ["RUS"],
        ["b"] = ["CHN"],
        ["case"] = ["rus-chn"],
        ["item"] = ["s9-no-tactical-interoperability"],
        ["hypothesis"] = ["convenience"],
        ["rating"] = ["I"],
        ["rule"] = ["espionage-case"],
        ["outcome"] = ["yes"],
    };

    /// <summary>Options a command needs to get as far as its files, by command path.</summary>
    private static readonly Dictionary<string, string[]> Needs = new(StringComparer.Ordinal)
    {
        ["export"] = ["--format", "csv"],
        ["events export"] = ["--format", "csv"],
        ["market"] = ["--recipient", "CHN"],
    };

    public static RootCommand Root { get; } = EntenteApp.Build(new CliEnvironment(new TestConsole(), TextWriter.Null, _ => null, AppContext.BaseDirectory));

    /// <summary>Every command that runs something (leaves and commands with an action), as space-separated paths.</summary>
    public static IReadOnlyList<string> Runnable { get; } = [.. Walk(Root, "").Where(c => c.Command.Action is not null).Select(c => c.Path)];

    public static IReadOnlyList<string> All { get; } = [.. Walk(Root, "").Select(c => c.Path)];

    public static Command Find(string path) => Walk(Root, "").Single(c => c.Path == path).Command;

    public static bool TakesFiles(string path) => Find(path).Arguments.Any(a => a.Name is "path" or "file" or "files");

    public static bool WritesFiles(string path) => Find(path).Options.Any(o => o.Name == "--out");

    /// <summary>The command line for <paramref name="path"/> with <paramref name="file"/> as its file argument (if it has one).</summary>
    public static string[] Args(string path, string? file = null, string? output = null)
    {
        var args = new List<string>(path.Split(' '));
        foreach (var argument in Find(path).Arguments)
        {
            if (argument.Name is "path" or "file" or "files")
            {
                args.Add(file ?? CliRun.Fixture("valid", "sample.yaml"));
            }
            else if (Samples.TryGetValue(argument.Name, out var sample))
            {
                args.AddRange(sample);
            }
        }

        args.AddRange(Needs.GetValueOrDefault(path) ?? []);
        if (output is not null)
        {
            args.AddRange(["--out", output]);
        }

        return [.. args];
    }

    private static IEnumerable<(string Path, Command Command)> Walk(Command command, string prefix)
    {
        foreach (var sub in command.Subcommands)
        {
            var path = (prefix + " " + sub.Name).Trim();
            yield return (path, sub);
            foreach (var deeper in Walk(sub, path))
            {
                yield return deeper;
            }
        }
    }
}
