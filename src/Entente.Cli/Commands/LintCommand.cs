using System.CommandLine;
using System.Globalization;
using Entente.Cli.Hosting;
using Entente.Import.Bundle;
using Entente.Reports.Data;
using Entente.Reports.Lint;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>`entente lint [PATH]`: tradecraft checks on a bundle (findings at file:line:col) or on the whole store.</summary>
public static class LintCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var path = new Argument<string?>("path") { Description = "A bundle file or directory; default: every item in the store.", Arity = ArgumentArity.ZeroOrOne };
        var at = new Option<string?>("--at") { Description = "Read the case as on this day (YYYY-MM-DD): forecasts due before it are past due. Default: today (UTC)." };
        var rule = new Option<string[]>("--rule") { Description = "Run only these rules (repeatable).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("lint", "Tradecraft checks: sourcing, estimative language, grading, claims against the data, forecasts past due.") { path, at, rule };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var today = Today(context.Value(at), environment);
            var subject = await LoadAsync(context, context.Value(path), today, cancellationToken);
            var only = context.Value(rule) ?? [];
            var unknown = only.Where(r => Linter.ShippedRules.All(x => x.Id != r)).ToList();
            if (unknown.Count > 0)
            {
                throw new CliException(ExitCodes.Usage, $"unknown rule {string.Join(", ", unknown)}; rules: {string.Join(", ", Linter.ShippedRules.Select(r => r.Id))}");
            }

            var linter = only.Length == 0 ? Linter.Shipped : new Linter([.. Linter.ShippedRules.Where(r => only.Contains(r.Id))]);
            var findings = linter.Run(subject);
            Write(context, findings);
            context.Note($"{findings.Count} finding(s) from {linter.Rules.Count} rules over {subject.Items.Count} items and {subject.Sources.Count} sources, as on {today:yyyy-MM-dd}.");
            return findings.Count == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }

    public static DateOnly Today(string? at, CliEnvironment environment) =>
        at is null ? DateOnly.FromDateTime(DateTime.UtcNow)
        : DateOnly.TryParseExact(at, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? DateOnly.FromDateTime(time.UtcDateTime)
        : throw new CliException(ExitCodes.Usage, $"--at '{at}' is not a date; write YYYY-MM-DD or an ISO 8601 time");

    private static async Task<LintCase> LoadAsync(CommandContext context, string? path, DateOnly today, CancellationToken cancellationToken)
    {
        await using var store = await context.OpenStoreAsync(cancellationToken);
        var registry = await CommandContext.RegistryAsync(store, cancellationToken);
        LintCase subject;
        if (path is null)
        {
            subject = new LintCase
            {
                Items = await store.QueryItemsAsync(EvidenceQuery.All, cancellationToken),
                Sources = await store.QuerySourcesAsync(SourceQuery.All, cancellationToken),
                Today = today,
            };
        }
        else
        {
            var read = BundleReader.Read(path);
            if (!read.IsValid)
            {
                DiagnosticPrinter.Write(context.Environment.Error, read.Diagnostics);
                throw new CliException(ExitCodes.InvalidInput, $"{path} is not a valid bundle ({read.Diagnostics.Count} problem(s)); run 'entente validate {path}'");
            }

            subject = new LintCase { Items = read.Bundle.Items, Sources = read.Bundle.Sources, Map = read.Map, Today = today };
        }

        await using var trade = await Storage.ArmsTrade.SqliteArmsTradeStore.OpenAsync(context.StorePath, cancellationToken);
        var arms = await ArmsTradeEvidence.LoadAsync(trade, subject.Items, registry, cancellationToken);
        return subject with { Releases = arms.Files, ClaimChecks = arms.ClaimChecks };
    }

    private static void Write(CommandContext context, IReadOnlyList<LintFinding> findings)
    {
        if (context.Json)
        {
            context.WriteJson(findings);
            return;
        }

        var rows = new Tabular("Where", "Item", "Rule", "Finding", "Sentence");
        foreach (var f in findings)
        {
            rows.Add(f.Location ?? "(store)", f.Subject, f.Rule, f.Message, f.Excerpt ?? "");
        }

        context.WriteFigures(findings, rows, "Tradecraft lint");
    }
}
