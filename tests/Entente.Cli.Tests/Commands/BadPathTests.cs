using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Entente.Cli.Tests.Commands;

/// <summary>
/// Every command (from the command tree, so new ones are covered), given a missing file, a directory, an unreadable file or
/// /dev/full as its input, output or store, exits non-zero with a message and never a stack trace; a bad store that a
/// command does not use is left untouched.
/// </summary>
public sealed partial class BadPathTests
{
    private static readonly string[] Kinds = ["missing", "directory", "unreadable", "device"];

    public static TheoryData<string, string> Inputs => Cases(CommandTree.Runnable.Where(CommandTree.TakesFiles), Kinds);

    public static TheoryData<string, string> Outputs => Cases(CommandTree.Runnable.Where(CommandTree.WritesFiles), Kinds);

    public static TheoryData<string, string> Stores => Cases(CommandTree.Runnable, ["directory", "not-sqlite", "newer", "device"]);

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task A_bad_input_file_is_a_message_and_an_exit_status(string command, string kind)
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync(CommandTree.Args(command, file: BadPath(cli, kind, output: false)));

        AssertCleanFailure(result);
    }

    [Theory]
    [MemberData(nameof(Outputs))]
    public async Task A_bad_output_file_is_a_message_and_an_exit_status(string command, string kind)
    {
        using var cli = new CliRun();

        var result = await cli.RunAsync(CommandTree.Args(command, output: BadPath(cli, kind, output: true)));

        AssertCleanFailure(result);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_bad_store_is_a_message_naming_it_or_is_left_untouched(string command, string kind)
    {
        using var cli = new CliRun();
        var store = BadStore(cli, kind);
        var before = File.Exists(store) && kind != "device" ? await File.ReadAllBytesAsync(store, TestContext.Current.CancellationToken) : null;

        var result = await CliRun.RunWithStoreAsync(store, CommandTree.Args(command, output: CommandTree.WritesFiles(command) ? cli.Dir.File("out.csv") : null));

        if (result.ExitCode != 0)
        {
            AssertCleanFailure(result);
        }

        if (result.ExitCode == 0 || !result.Error.Contains(store, StringComparison.Ordinal))
        {
            // The command did not use the evidence store (validate without one, events): then it must not have touched it.
            Assert.Equal(before, File.Exists(store) && kind != "device" ? await File.ReadAllBytesAsync(store, TestContext.Current.CancellationToken) : null);
        }
    }

    private static void AssertCleanFailure(CliResult result)
    {
        Assert.True(result.ExitCode is not 0 and < 128, $"exit {result.ExitCode}: {result.Error}");
        Assert.False(StackFrame().IsMatch(result.Error + result.Out), result.Error);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        Assert.NotEmpty(result.Error.Trim());
    }

    private static string BadPath(CliRun cli, string kind, bool output) => kind switch
    {
        "missing" => cli.Dir.File(Path.Combine("no-such-folder", "file.csv")),
        "directory" => Directory.CreateDirectory(cli.Dir.File("a-folder")).FullName,
        "unreadable" when output => "/proc/entente-cannot-be-created.csv",
        "unreadable" => Unreadable(cli),
        _ => "/dev/full",
    };

    /// <summary>A file the test process cannot read: mode 000 for a normal user; root reads anything, so a kernel file that fails to read.</summary>
    private static string Unreadable(CliRun cli)
    {
        if (Environment.UserName == "root" || OperatingSystem.IsWindows())
        {
            return "/proc/self/mem";
        }

        var path = cli.Dir.Write("unreadable.csv", "secret");
        File.SetUnixFileMode(path, UnixFileMode.None);
        return path;
    }

    private static string BadStore(CliRun cli, string kind)
    {
        switch (kind)
        {
            case "directory":
                return Directory.CreateDirectory(cli.Dir.File("store-folder")).FullName;
            case "not-sqlite":
                return cli.Dir.Write("notes.db", "These are my notes, not a database.\n");
            case "newer":
                var path = cli.Dir.File("newer.db");
                using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
                {
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "CREATE TABLE future (x); PRAGMA user_version = 999;";
                    command.ExecuteNonQuery();
                }

                return path;
            default:
                return "/dev/full";
        }
    }

    private static TheoryData<string, string> Cases(IEnumerable<string> commands, string[] kinds)
    {
        var data = new TheoryData<string, string>();
        foreach (var command in commands)
        {
            foreach (var kind in kinds)
            {
                data.Add(command, kind);
            }
        }

        return data;
    }

    [GeneratedRegex(@"^\s+at \S+", RegexOptions.Multiline)]
    private static partial Regex StackFrame();
}
