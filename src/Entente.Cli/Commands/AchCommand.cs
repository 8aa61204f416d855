using System.CommandLine;
using Entente.Ach;
using Entente.Cli.Hosting;
using Entente.Cli.Structured;
using Entente.Sources;
using Entente.Storage.Analysis;

namespace Entente.Cli.Commands;

/// <summary>`entente ach CASE`: the competing-hypotheses matrix scored (PARC), with diagnosticity, sensitivity and history; `ach rate` rates a cell.</summary>
public static class AchCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var caseName = new Argument<string>("case") { Description = "The case whose matrix to score, e.g. rus-chn." };
        var minGrade = new Option<string?>("--min-grade") { Description = "Score only rows graded this well or better on both scales, e.g. B2." };
        var sensitivity = new Option<bool>("--sensitivity") { Description = "Show the margin and the items whose removal or re-rating changes the leader." };
        var history = new Option<bool>("--history") { Description = "Replay the matrix's revisions and show which ratings moved the conclusion." };
        var excludeCautioned = new Option<bool>("--exclude-cautioned") { Description = "Leave out items flagged as possible deception, state media or retracted." };
        var command = new Command("ach", "Score a case's matrix of competing hypotheses (PARC weighted inconsistency; lowest leads).")
        {
            caseName, minGrade, sensitivity, history, excludeCautioned,
        };
        command.Subcommands.Add(AchRate.Create(environment));
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var filter = new AchFilter
            {
                MinGrade = context.Value(minGrade) is { } g ? (Grade.TryParse(g, out var grade) ? grade : throw new CliException(ExitCodes.Usage, $"'{g}' is not a grade; write a letter A–F and a digit 1–6, e.g. B2")) : null,
                ExcludeFlagged = context.Value(excludeCautioned),
            };
            await using var store = await context.OpenStoreAsync(cancellationToken);
            await using var analysis = await SqliteAnalysisStore.OpenAsync(context.StorePath, cancellationToken);
            var matrix = await AchAssembler.MatrixAsync(store, analysis, context.Value(caseName)!, cancellationToken);
            var result = filter.Score(matrix, context.Value(sensitivity));
            var steps = context.Value(history) ? AchHistory.Replay(matrix, await analysis.AchRevisionsAsync(matrix.Case, cancellationToken)) : null;
            if (context.Json)
            {
                context.WriteJson(new { result, rows = matrix.Rows, ratings = matrix.Cells, history = steps });
            }
            else
            {
                AchView.Write(context, matrix, result, steps);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
