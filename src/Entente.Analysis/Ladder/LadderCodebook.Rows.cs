using Entente.Diagnostics;

namespace Entente.Analysis.Ladder;

public sealed partial class LadderCodebook
{
    /// <summary>One rung from its row; problems are added with their column, and the rung is null if any was found.</summary>
    private static Rung? ReadRung(string name, int line, string[] header, string[] cells, List<Diagnostic> problems)
    {
        var before = problems.Count;
        string Cell(string column) => Index(column) < cells.Length ? cells[Index(column)].Trim() : "";
        int Column(string column) => cells.Take(Index(column)).Sum(c => c.Length + 1) + 1;
        int Index(string column) => Array.FindIndex(header, h => h.Trim() == column);
        void Problem(string column, string message, int offset = 0) =>
            problems.Add(new Diagnostic(new SourceLocation(name, line, Column(column) + offset), message));

        if (cells.Length > header.Length)
        {
            Problem(header[^1], $"{cells.Length} cells, the header has {header.Length}");
        }

        var id = Cell("id");
        if (id.Length == 0 || !id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            Problem("id", $"the id '{id}' must be lower-case letters, digits and '-'");
        }

        Stage? stage = Cell("stage") switch { "moderate" => Ladder.Stage.Moderate, "deep" => Ladder.Stage.Deep, _ => null };
        if (stage is null)
        {
            Problem("stage", $"stage is 'moderate' or 'deep', not '{Cell("stage")}'");
        }

        foreach (var required in new[] { "label", "basis" })
        {
            if (Cell(required).Length == 0)
            {
                Problem(required, $"{required} is empty; say what the rung means and which literature it rests on");
            }
        }

        var status = Cell("status");
        if (status is not ("settled" or "unsettled"))
        {
            Problem("status", $"status is 'settled' or 'unsettled' (the literature disagrees on how to measure it), not '{status}'");
        }

        if (status == "unsettled" && Cell("note").Length == 0)
        {
            Problem("note", "an unsettled rung needs a note saying what is disputed");
        }

        Criterion? criterion = null;
        var raw = Index("criterion") < cells.Length ? cells[Index("criterion")] : "";
        try
        {
            criterion = CriterionParser.Parse(raw.Trim());
        }
        catch (CriterionException ex)
        {
            Problem("criterion", ex.Message, ex.Column - 1 + (raw.Length - raw.TrimStart().Length));
        }

        return problems.Count > before ? null : new Rung
        {
            Id = id,
            Stage = stage!.Value,
            Label = Cell("label"),
            Criterion = criterion!,
            Basis = Cell("basis"),
            Unsettled = status == "unsettled",
            Note = Cell("note") is { Length: > 0 } note ? note : null,
            Line = line,
        };
    }
}
