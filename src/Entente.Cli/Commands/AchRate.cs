using System.CommandLine;
using Entente.Ach;
using Entente.Cli.Hosting;
using Entente.Storage.Analysis;

namespace Entente.Cli.Commands;

/// <summary>`entente ach rate CASE ITEM HYPOTHESIS RATING --why TEXT`: one rating, stored as a new revision of the matrix.</summary>
public static class AchRate
{
    public static Command Create(CliEnvironment environment)
    {
        var caseName = new Argument<string>("case") { Description = "The case, e.g. rus-chn." };
        var item = new Argument<string>("item") { Description = "The evidence item id." };
        var hypothesis = new Argument<string>("hypothesis") { Description = "The hypothesis id." };
        var rating = new Argument<string>("rating") { Description = "CC, C, N, I, II or NA." };
        var why = new Option<string>("--why") { Description = "The one-line justification (required).", Required = true };
        var relevance = new Option<string>("--relevance") { Description = "For an item new to the matrix: low, medium (default) or high.", DefaultValueFactory = _ => "medium" };
        var author = new Option<string?>("--author") { Description = "Who rates (default: $ENTENTE_AUTHOR, else $USER)." };
        var command = new Command("rate", "Rate one evidence item against one hypothesis, with a justification.") { caseName, item, hypothesis, rating, why, relevance, author };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            if (!AchRatings.TryParse(context.Value(rating), out var parsed))
            {
                throw new CliException(ExitCodes.Usage, $"'{context.Value(rating)}' is not a rating; use CC, C, N, I, II or NA");
            }

            if (!AchLevels.TryParse(context.Value(relevance), out var level))
            {
                throw new CliException(ExitCodes.Usage, $"'{context.Value(relevance)}' is not a relevance; use low, medium or high");
            }

            var text = context.Value(why)!.Trim();
            if (text.Length == 0 || text.Contains('\n', StringComparison.Ordinal))
            {
                throw new CliException(ExitCodes.InvalidInput, "--why must be one non-empty line");
            }

            var cell = new AchCell(context.Value(item)!, context.Value(hypothesis)!, parsed, text);
            await (await context.OpenStoreAsync(cancellationToken)).DisposeAsync();
            await using var analysis = await SqliteAnalysisStore.OpenAsync(context.StorePath, cancellationToken);
            await analysis.RateAsync(context.Value(caseName)!, cell, Author(context, author), level, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(cell);
            }

            context.Note($"Rated {cell.Item} as {cell.Rating} against {cell.Hypothesis} in case {context.Value(caseName)}.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The author of a change made from the command line.</summary>
    public static string Author(CommandContext context, Option<string?> option) =>
        context.Value(option) ?? context.Environment.Variable("ENTENTE_AUTHOR") ?? context.Environment.Variable("USER") ?? "analyst";
}
