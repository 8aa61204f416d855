using System.CommandLine;
using Entente.Cli.Hosting;
using Entente.Cli.Structured;
using Entente.Import.Analysis;
using Entente.Storage.Analysis;
using Entente.Warnings;

namespace Entente.Cli.Commands;

/// <summary>`entente warnings`: the board of watch rules by status; `--run` evaluates them on the store, warehouse and SIPRI data; `ack RULE`.</summary>
public static class WarningsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var run = new Option<bool>("--run") { Description = "Evaluate the rules now and record each one's status." };
        var rule = new Option<string[]>("--rule") { Description = "Evaluate the rules of this YAML file (repeatable) instead of the shipped and stored ones.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("warnings", "Indicators and warnings: watch rules over evidence, SIPRI data and event data, by status.") { run, rule, ForecastsCommand.AsOf };
        command.Subcommands.Add(Acknowledge(environment));
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var files = context.Value(rule) is { Length: > 0 } given ? given : ShippedRuleFiles(environment);
            var read = AnalysisYamlReader.ReadRules(files);
            if (!read.IsValid)
            {
                DiagnosticPrinter.Write(environment.Error, read.Diagnostics);
                context.Note($"{read.Diagnostics.Count} problem(s) in the rule file(s); nothing was evaluated.");
                return ExitCodes.InvalidInput;
            }

            await using var store = await context.OpenStoreAsync(cancellationToken);
            await using var analysis = await SqliteAnalysisStore.OpenAsync(context.StorePath, cancellationToken);
            var rules = context.Value(rule) is { Length: > 0 } ? read.Rules
                : [.. read.Rules, .. (await analysis.RulesAsync(cancellationToken)).Where(r => read.Rules.All(s => s.Id != r.Id))];
            if (!context.Value(run))
            {
                var board = await analysis.BoardAsync(cancellationToken);
                WarningView.WriteBoard(context, rules, board);
                return ExitCodes.Success;
            }

            var runs = await WarningRun.RunAsync(context, store, analysis, rules, ForecastsCommand.Today(context), cancellationToken);
            WarningView.WriteRun(context, runs);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The rule files shipped beside the binary (`rules/*.yaml`).</summary>
    public static IReadOnlyList<string> ShippedRuleFiles(CliEnvironment environment)
    {
        var directory = Path.Combine(environment.BaseDirectory, "rules");
        return Directory.Exists(directory) ? [.. Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal)] : [];
    }

    private static Command Acknowledge(CliEnvironment environment)
    {
        var id = new Argument<string>("rule") { Description = "The rule id." };
        var author = new Option<string?>("--author") { Description = "Who acknowledges (default: $ENTENTE_AUTHOR, else $USER)." };
        var command = new Command("ack", "Acknowledge a triggered rule: it stays acknowledged until something new fires it.") { id, author };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            await (await context.OpenStoreAsync(cancellationToken)).DisposeAsync();
            await using var analysis = await SqliteAnalysisStore.OpenAsync(context.StorePath, cancellationToken);
            var latest = (await analysis.BoardAsync(cancellationToken)).FirstOrDefault(s => s.Rule == context.Value(id))
                ?? throw new CliException(ExitCodes.NotFound, $"rule '{context.Value(id)}' has no status yet; run 'entente warnings --run' first");
            if (latest.State != RuleState.Triggered)
            {
                throw new CliException(ExitCodes.InvalidInput, $"rule '{latest.Rule}' is {latest.State.ToString().ToLowerInvariant()}, not triggered; only a triggered rule is acknowledged");
            }

            var who = AchRate.Author(context, author);
            await analysis.RecordStatusAsync(latest with { State = RuleState.Acknowledged, At = DateTimeOffset.UtcNow, Reason = $"acknowledged by {who}" }, [], who, cancellationToken);
            context.Note($"Rule {latest.Rule} acknowledged; it fires again only on items or rows not seen yet.");
            return ExitCodes.Success;
        });
        return command;
    }
}
