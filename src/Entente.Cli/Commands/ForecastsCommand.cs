using System.CommandLine;
using Entente.Cli.Hosting;
using Entente.Cli.Structured;
using Entente.Forecasting;
using Entente.Storage.Analysis;

namespace Entente.Cli.Commands;

/// <summary>`entente forecasts`: the forecasts with their current probability and status; `--due` past due; `--scores` the scoreboard.</summary>
public static class ForecastsCommand
{
    public static Option<string?> AsOf { get; } = new("--as-of") { Description = "Judge due dates as of this day (YYYY-MM-DD; default today)." };

    public static Command Create(CliEnvironment environment)
    {
        var due = new Option<bool>("--due") { Description = "Only forecasts past their due date and still unresolved." };
        var scores = new Option<bool>("--scores") { Description = "Brier scores, Murphy decomposition, calibration by bin, discrimination, by analyst or topic and by year." };
        var by = new Option<string>("--by") { Description = "Group scores by analyst or topic.", DefaultValueFactory = _ => "analyst" };
        by.AcceptOnlyFromAmong("analyst", "topic");
        var command = new Command("forecasts", "List forecasts and judgements, those past due, or their scores. --json and --csv export them in full.") { due, scores, by, AsOf };
        command.Subcommands.Add(ForecastUpdateCommand.Create(environment));
        command.Subcommands.Add(ForecastResolveCommand.Create(environment));
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var today = Today(context);
            var forecasts = await LoadAsync(context, cancellationToken);
            if (context.Value(scores))
            {
                var board = ForecastScoring.Scoreboard(forecasts, context.Value(by)!, today);
                if (context.Json)
                {
                    context.WriteJson(board);
                }
                else
                {
                    ForecastView.WriteScores(context, board);
                }

                return ExitCodes.Success;
            }

            var shown = context.Value(due) ? [.. forecasts.Where(f => f.IsPastDue(today))] : forecasts;
            context.WriteFigures(shown, ForecastView.List(shown, today), context.Value(due) ? $"Forecasts past due on {today:yyyy-MM-dd} and unresolved" : "Forecasts");
            context.Note($"{shown.Count} of {forecasts.Count} forecasts; {forecasts.Count(f => f.IsPastDue(today))} past due and unresolved on {today:yyyy-MM-dd}.");
            return ExitCodes.Success;
        });
        return command;
    }

    public static async Task<IReadOnlyList<Forecast>> LoadAsync(CommandContext context, CancellationToken cancellationToken)
    {
        await using var store = await context.OpenStoreAsync(cancellationToken);
        await using var analysis = await SqliteAnalysisStore.OpenAsync(context.StorePath, cancellationToken);
        return await ForecastAssembler.ForecastsAsync(store, analysis, cancellationToken);
    }

    public static DateOnly Today(CommandContext context) => Day(context.Value(AsOf)) ?? DateOnly.FromDateTime(DateTime.UtcNow);

    public static DateOnly? Day(string? text) => text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", out var day) ? day : throw new CliException(ExitCodes.Usage, $"'{text}' is not a date; write YYYY-MM-DD");
}
