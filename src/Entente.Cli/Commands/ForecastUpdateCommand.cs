using System.CommandLine;
using System.Globalization;
using Entente.Cli.Hosting;
using Entente.Codebooks;
using Entente.Forecasting;
using Entente.Storage.Analysis;

namespace Entente.Cli.Commands;

/// <summary>`entente forecasts update ID P...`: a new probability (or one per category), kept beside every earlier one.</summary>
public static class ForecastUpdateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var id = new Argument<string>("id") { Description = "The forecast item id." };
        var probabilities = new Argument<double[]>("probabilities") { Description = "P for a yes/no forecast; one probability per category otherwise.", Arity = ArgumentArity.OneOrMore };
        var categories = new Option<string[]>("--categories") { Description = "Turn the question into categories (in order for --ordered).", AllowMultipleArgumentsPerToken = true };
        var ordered = new Option<bool>("--ordered") { Description = "The categories are ordered (scored as cumulative binary splits)." };
        var term = new Option<string?>("--term") { Description = "The estimative term, on the forecast's own scale (default: the term containing P)." };
        var on = new Option<string?>("--on") { Description = "The day of the update (YYYY-MM-DD; default today)." };
        var author = new Option<string?>("--author") { Description = "Who updates (default: $ENTENTE_AUTHOR, else $USER)." };
        var note = new Option<string?>("--note") { Description = "Why the forecast changed." };
        var command = new Command("update", "Record a new probability for a forecast; earlier ones are kept.") { id, probabilities, categories, ordered, term, on, author, note };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var forecast = (await ForecastsCommand.LoadAsync(context, cancellationToken)).FirstOrDefault(f => f.Id == context.Value(id))
                ?? throw new CliException(ExitCodes.NotFound, $"no forecast '{context.Value(id)}' in the store");
            if (forecast.Resolution is not null)
            {
                throw new CliException(ExitCodes.InvalidInput, $"forecast '{forecast.Id}' was resolved on {forecast.Resolution.On:yyyy-MM-dd}; a resolved forecast is not updated");
            }

            var given = context.Value(categories) is { Length: > 0 } c ? c : null;
            var kind = given is null ? forecast.Kind : context.Value(ordered) ? ForecastKind.Ordered : ForecastKind.MultiCategory;
            var names = given ?? [.. forecast.Categories];
            var values = context.Value(probabilities)!.ToList();
            if (kind == ForecastKind.Binary && values.Count == 1)
            {
                values.Add(1 - values[0]);
            }

            if (ForecastRules.ProbabilityProblem(values, names.Length) is { } problem)
            {
                throw new CliException(ExitCodes.InvalidInput, problem);
            }

            var wording = Term(forecast, kind, values[0], context.Value(term));
            var entry = new ForecastLogEntry(forecast.Id)
            {
                Kind = kind,
                Categories = names,
                Update = new ForecastUpdate(ForecastsCommand.Day(context.Value(on)) ?? DateOnly.FromDateTime(DateTime.UtcNow), values, AchRate.Author(context, author)) { Term = wording, Note = context.Value(note) },
            };
            await using var analysis = await SqliteAnalysisStore.OpenAsync(context.StorePath, cancellationToken);
            await analysis.AppendAsync(entry, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(entry);
            }

            context.Note($"Forecast {forecast.Id}: {string.Join(", ", names.Zip(values, (n, p) => $"{n} {p.ToString("0.###", CultureInfo.InvariantCulture)}"))}{(wording is null ? "" : $" ({forecast.Scale}: {wording})")}.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The estimative term for a binary update: the one given, which must be on the forecast's scale and fit P, or the one containing P.</summary>
    private static string? Term(Forecast forecast, ForecastKind kind, double probability, string? given)
    {
        var terms = CodebookSet.Shipped.Terms;
        if (given is null)
        {
            return kind == ForecastKind.Binary ? ForecastRules.TermFor(terms, forecast.Scale, probability)?.Term : null;
        }

        var match = terms.FirstOrDefault(t => t.Scale == forecast.Scale && string.Equals(t.Term, given, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            var other = terms.FirstOrDefault(t => string.Equals(t.Term, given, StringComparison.OrdinalIgnoreCase));
            throw new CliException(ExitCodes.InvalidInput, other is not null && other.Scale != forecast.Scale
                ? $"'{given}' is a {other.Scale} term, but forecast '{forecast.Id}' is on {forecast.Scale}; scales are never mixed in one case"
                : $"'{given}' is not a term of {forecast.Scale}");
        }

        return kind != ForecastKind.Binary || match.Contains(probability) ? match.Term
            : throw new CliException(ExitCodes.InvalidInput, $"'{match.Term}' means {match.Min:0.##}–{match.Max:0.##} on {match.Scale}, which does not contain {probability.ToString(CultureInfo.InvariantCulture)}");
    }
}
