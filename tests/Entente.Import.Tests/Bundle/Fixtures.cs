using System.Text.RegularExpressions;

namespace Entente.Import.Tests.Bundle;

/// <summary>The bundle fixtures the project wrote; invalid ones state what they expect in `# expect: LINE:COL: message` comments.</summary>
internal static partial class Fixtures
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", "Bundles", .. parts]);

    public static string Sample => Path("valid", "sample.yaml");

    public static IEnumerable<string> Invalid() =>
        Directory.EnumerateFiles(Path("invalid"), "*.yaml").Select(System.IO.Path.GetFileName).OfType<string>().Order();

    public static IReadOnlyList<(int Line, int Column, string Message)> Expectations(string file) =>
        [.. File.ReadLines(file).Select(l => ExpectLine().Match(l)).Where(m => m.Success)
            .Select(m => (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), m.Groups[3].Value.Trim()))];

    [GeneratedRegex(@"^# expect: (\d+):(\d+): (.+)$")]
    private static partial Regex ExpectLine();
}
