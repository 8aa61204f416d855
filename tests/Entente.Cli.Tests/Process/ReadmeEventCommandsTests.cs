using System.Text.RegularExpressions;
using Entente.Cli.Hosting;
using Entente.Testing;
using Spectre.Console.Testing;

namespace Entente.Cli.Tests.Process;

/// <summary>The event-data examples in the README stay valid command lines: each parses with no error.</summary>
public sealed partial class ReadmeEventCommandsTests
{
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (Match block in ShellBlock().Matches(File.ReadAllText(Repository.File("README.md"))))
        {
            foreach (var line in block.Groups[1].Value.Split('\n').Select(l => l.Split('#')[0].Trim()).Where(l => l.StartsWith("entente import gdelt", StringComparison.Ordinal)
                || l.StartsWith("entente import icews", StringComparison.Ordinal) || l.StartsWith("entente events", StringComparison.Ordinal)))
            {
                data.Add(line);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Each_event_example_in_the_README_parses(string command)
    {
        var environment = new CliEnvironment(new TestConsole(), new StringWriter(), _ => null, AppContext.BaseDirectory);

        var parse = EntenteApp.Build(environment).Parse(command["entente ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Empty(parse.Errors);
    }

    [Fact]
    public void The_README_shows_the_event_commands() => Assert.True(Commands().Count >= 6);

    [GeneratedRegex(@"```sh\n([^`]+?)\n```")]
    private static partial Regex ShellBlock();
}
