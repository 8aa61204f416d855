using System.Reflection;
using Entente.Diagnostics;

namespace Entente.Analysis.Ladder;

/// <summary>
/// The alignment ladder's rungs as a team edits them: a tab-separated file with the columns
/// <c>id stage label criterion basis status note</c> (<c>#</c> lines are comments). The shipped one is embedded;
/// <see cref="Load"/> reads a team's own. Every problem is reported at once, each at file:line:col.
/// </summary>
public sealed partial class LadderCodebook
{
    private static readonly string[] Columns = ["id", "stage", "label", "criterion", "basis", "status", "note"];
    private static readonly Lazy<LadderCodebook> Embedded = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Entente.Analysis.Ladder.alignment-ladder.tsv")
            ?? throw new InvalidOperationException("alignment-ladder.tsv is not embedded in Entente.Analysis.");
        using var reader = new StreamReader(stream);
        return Parse("alignment-ladder.tsv", reader.ReadToEnd());
    });

    private LadderCodebook(string name, IReadOnlyList<Rung> rungs)
    {
        Name = name;
        Rungs = rungs;
    }

    public static LadderCodebook Shipped => Embedded.Value;

    /// <summary>Where the rungs came from: the shipped file's name or the path a team gave.</summary>
    public string Name { get; }

    public IReadOnlyList<Rung> Rungs { get; }

    public static LadderCodebook Load(string path) => Parse(path, File.ReadAllText(path));

    public static LadderCodebook Parse(string name, string text)
    {
        var problems = new List<Diagnostic>();
        var rungs = new List<Rung>();
        string[]? header = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (header is null)
            {
                header = cells;
                var missing = Columns.Except(cells.Select(c => c.Trim())).ToList();
                if (missing.Count > 0)
                {
                    problems.Add(new Diagnostic(new SourceLocation(name, i + 1, 1), $"the header lacks the column(s) {string.Join(", ", missing)}; columns: {string.Join(" ", Columns)}"));
                    break;
                }

                continue;
            }

            if (ReadRung(name, i + 1, header, cells, problems) is { } rung)
            {
                if (rungs.Any(r => r.Id == rung.Id))
                {
                    problems.Add(new Diagnostic(new SourceLocation(name, i + 1, 1), $"rung '{rung.Id}' is defined twice"));
                }

                rungs.Add(rung);
            }
        }

        if (header is null || (rungs.Count == 0 && problems.Count == 0))
        {
            problems.Add(new Diagnostic(SourceLocation.StartOf(name), "no rungs: the file needs a header row and at least one rung"));
        }

        return problems.Count > 0 ? throw new LadderCodebookException(problems) : new LadderCodebook(name, rungs);
    }
}
