using System.CommandLine;
using Entente.Cli.Commands;

namespace Entente.Cli.Hosting;

/// <summary>The `entente` command tree and its invocation: parse, run, map failures to exit statuses.</summary>
public static partial class EntenteApp
{
    public const string DebugVariable = "ENTENTE_DEBUG";

    public static RootCommand Build(CliEnvironment environment)
    {
        var root = new RootCommand("Entente: a workbench for cited, graded evidence on defence cooperation between states.");
        root.Options.Add(GlobalOptions.Db);
        root.Options.Add(GlobalOptions.Warehouse);
        root.Options.Add(GlobalOptions.Json);
        root.Options.Add(GlobalOptions.Csv);
        root.Options.Add(GlobalOptions.Debug);
        root.Subcommands.Add(InitCommand.Create(environment));
        root.Subcommands.Add(ImportCommand.Create(environment));
        root.Subcommands.Add(ValidateCommand.Create(environment));
        root.Subcommands.Add(ActorsCommand.Create(environment));
        root.Subcommands.Add(EvidenceCommand.Create(environment));
        root.Subcommands.Add(ShowCommand.Create(environment));
        root.Subcommands.Add(SourcesCommand.Create(environment));
        root.Subcommands.Add(ExportCommand.Create(environment));
        root.Subcommands.Add(TradeCommand.Create(environment));
        root.Subcommands.Add(MarketCommand.Create(environment));
        root.Subcommands.Add(DealsCommand.Create(environment));
        root.Subcommands.Add(ClaimsCommand.Create(environment));
        root.Subcommands.Add(EventsCommand.Create(environment));
        root.Subcommands.Add(PanelCommand.Create(environment));
        root.Subcommands.Add(AlignmentCommand.Create(environment));
        root.Subcommands.Add(AlliancesCommand.Create(environment));
        root.Subcommands.Add(AchCommand.Create(environment));
        root.Subcommands.Add(WarningsCommand.Create(environment));
        root.Subcommands.Add(ForecastsCommand.Create(environment));
        root.Subcommands.Add(ServeCommand.Create(environment));
        root.Subcommands.Add(LintCommand.Create(environment));
        root.Subcommands.Add(BriefCommand.Create(environment));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var parse = Build(environment).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await environment.Error.WriteLineAsync($"entente: {OneLine(error.Message)}");
            }

            await environment.Error.WriteLineAsync("Try 'entente --help'.");
            return ExitCodes.Usage;
        }

        try
        {
            InputFiles.Check(parse);
            var configuration = new InvocationConfiguration { Output = environment.Out.Profile.Out.Writer, Error = environment.Error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (Exception error)
        {
            var (exitCode, message) = error is OperationCanceledException and not Warehouse.EventImportInterruptedException
                ? (ExitCodes.Cancelled, environment.Commits.Cancelled())
                : Describe(error);
            await environment.Error.WriteLineAsync($"entente: {OneLine(message)}");
            if (IsDebug(parse, environment) && exitCode != ExitCodes.Cancelled)
            {
                await environment.Error.WriteLineAsync(error.ToString());
            }

            return exitCode;
        }
    }

    private static bool IsDebug(ParseResult parse, CliEnvironment environment) =>
        parse.GetValue(GlobalOptions.Debug) || environment.Variable(DebugVariable) is "1" or "true" or "yes";

    /// <summary>A message for the terminal: one line, no control characters, whatever the exception held.</summary>
    private static string OneLine(string message) => Display.Safe(message.ReplaceLineEndings(" ").Trim());
}
