using System.CommandLine;
using Entente.Cli.Hosting;
using Entente.Cli.Output;

namespace Entente.Cli.Commands;

/// <summary>`entente panel A B`: the pair's panel year by year from Entente.Analysis, every row with its source.</summary>
public static class PanelCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var a = new Argument<string>("a") { Description = "One state (id, code or name)." };
        var b = new Argument<string>("b") { Description = "The other state." };
        var period = new PeriodOptions();
        var release = new Option<string?>("--release") { Description = "The SIPRI release to read transfers from (default: the newest register)." };
        var links = new Option<bool>("--links") { Description = "List every item and dataset row behind each cell." };
        var command = new Command("panel", "A pair of states year by year: arms transfers, exercises, agreements, programmes, exchanges, friction, events, foreign-policy similarity.")
        {
            a, b, period.From, period.To, release, links,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            await using var session = await AnalysisSession.OpenAsync(context, context.Value(release), cancellationToken);
            var registry = session.Analysis.Sources.Registry;
            var (from, to) = period.Read(context);
            var panel = await session.Analysis.PanelAsync(
                context.ResolveActor(registry, context.Value(a)!).Id, context.ResolveActor(registry, context.Value(b)!).Id, from, to, cancellationToken);
            foreach (var absent in panel.Absent)
            {
                context.Note($"Missing: {absent}.");
            }

            if (context.Json)
            {
                context.WriteJson(panel);
            }
            else if (context.Csv)
            {
                PanelOutput.WriteCsv(context, [panel]);
            }
            else
            {
                PanelOutput.WriteTables(context, panel, context.Value(links));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
