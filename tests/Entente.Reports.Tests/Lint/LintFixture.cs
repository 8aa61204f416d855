using Entente.Import.Bundle;
using Entente.Reports.Lint;

namespace Entente.Reports.Tests.Lint;

/// <summary>Reads a lint fixture bundle (Fixtures/Lint/NAME.yaml) into a case, as `entente lint PATH` does.</summary>
internal static class LintFixture
{
    public static readonly DateOnly Today = new(2026, 11, 29);

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Lint", name + ".yaml");

    public static LintCase Read(string name)
    {
        var read = BundleReader.Read(PathOf(name));
        Assert.Empty(read.Diagnostics);
        return new LintCase { Items = read.Bundle.Items, Sources = read.Bundle.Sources, Map = read.Map, Today = Today };
    }

    public static IReadOnlyList<LintFinding> Run(ILintRule rule, LintCase subject) => new Linter([rule]).Run(subject);

    /// <summary>The 1-based line of the first line in the fixture containing <paramref name="text"/>.</summary>
    public static int LineOf(string name, string text) =>
        File.ReadAllLines(PathOf(name)).Select((line, i) => (line, i)).First(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;
}
