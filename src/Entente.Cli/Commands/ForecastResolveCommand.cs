using System.CommandLine;
using Entente.Cli.Hosting;
using Entente.Forecasting;
using Entente.Storage.Analysis;

namespace Entente.Cli.Commands;

/// <summary>`entente forecasts resolve ID OUTCOME --evidence ITEM...`: settle a forecast once, on the evidence that shows the outcome.</summary>
public static class ForecastResolveCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var id = new Argument<string>("id") { Description = "The forecast item id." };
        var outcome = new Argument<string>("outcome") { Description = "yes or no; for a categorical forecast, the category that happened." };
        var evidence = new Option<string[]>("--evidence") { Description = "The evidence items that settle it (at least one).", AllowMultipleArgumentsPerToken = true };
        var on = new Option<string?>("--on") { Description = "The day it was settled (YYYY-MM-DD; default today)." };
        var author = new Option<string?>("--author") { Description = "Who resolves (default: $ENTENTE_AUTHOR, else $USER)." };
        var note = new Option<string?>("--note") { Description = "How the evidence settles it." };
        var command = new Command("resolve", "Resolve a forecast with the evidence that settles it; a forecast is resolved once.") { id, outcome, evidence, on, author, note };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var forecast = (await ForecastsCommand.LoadAsync(context, cancellationToken)).FirstOrDefault(f => f.Id == context.Value(id))
                ?? throw new CliException(ExitCodes.NotFound, $"no forecast '{context.Value(id)}' in the store");
            var items = context.Value(evidence) ?? [];
            if (items.Length == 0)
            {
                throw new CliException(ExitCodes.InvalidInput, $"a resolution of '{forecast.Id}' needs the evidence items that settle it: --evidence ITEM...");
            }

            var index = forecast.Categories.ToList().FindIndex(c => string.Equals(c, context.Value(outcome), StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                throw new CliException(ExitCodes.InvalidInput, $"'{context.Value(outcome)}' is not an outcome of '{forecast.Id}'; expected one of: {string.Join(", ", forecast.Categories)}");
            }

            if (forecast.Resolution is not null)
            {
                throw new CliException(ExitCodes.InvalidInput, $"forecast '{forecast.Id}' was already resolved on {forecast.Resolution.On:yyyy-MM-dd}; a forecast is resolved once");
            }

            if (forecast.Updates.Count == 0)
            {
                throw new CliException(ExitCodes.InvalidInput, $"forecast '{forecast.Id}' has no probability to score; record one with 'entente forecasts update' first");
            }

            var resolution = new ForecastResolution(index, ForecastsCommand.Day(context.Value(on)) ?? DateOnly.FromDateTime(DateTime.UtcNow), items, AchRate.Author(context, author)) { Note = context.Value(note) };
            await using var analysis = await SqliteAnalysisStore.OpenAsync(context.StorePath, cancellationToken);
            await analysis.AppendAsync(new ForecastLogEntry(forecast.Id) { Kind = forecast.Kind, Categories = forecast.Categories, Resolution = resolution }, cancellationToken);
            var scored = ForecastScoring.Score(forecast with { Resolution = resolution });
            if (context.Json)
            {
                context.WriteJson(scored);
            }

            context.Note($"Resolved {forecast.Id}: {forecast.Categories[index]} on {resolution.On:yyyy-MM-dd}; Brier {scored.Final:0.###} (own convention), {scored.DailyAverage:0.###} (daily average, 0–2).");
            return ExitCodes.Success;
        });
        return command;
    }
}
