using System.CommandLine;
using Entente.Actors;
using Entente.Cli.Hosting;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>`entente actors [QUERY]`: the registry, or what a query resolves to (with every candidate when ambiguous).</summary>
public static class ActorsCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var query = new Argument<string?>("query") { Description = "An id, any code (ISO, COW, CAMEO, FIPS, SIPRI name) or a name.", Arity = ArgumentArity.ZeroOrOne };
        var kind = new Option<string?>("--kind") { Description = "Only actors of this kind (state, organisation, service, company, person, armed-group)." };
        var command = new Command("actors", "Look up actors and their codes.") { query, kind };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            await using var store = await context.OpenStoreAsync(cancellationToken);
            var registry = await CommandContext.RegistryAsync(store, cancellationToken);
            IEnumerable<Actor> actors = registry.Actors.OrderBy(a => a.Id, StringComparer.Ordinal);
            if (context.Value(kind) is { } kindText)
            {
                if (!ActorCodebook.TryParseKind(kindText, out var actorKind))
                {
                    throw new CliException(ExitCodes.Usage, $"unknown actor kind '{kindText}'; expected one of: {string.Join(", ", Enum.GetValues<ActorKind>().Select(ActorCodebook.KindId))}");
                }

                actors = actors.Where(a => a.Kind == actorKind);
            }

            if (context.Value(query) is { } text)
            {
                var resolution = registry.Resolve(text);
                context.Note(Display.Safe(resolution.Describe()));
                actors = resolution.Actor is { } one ? [one] : resolution.Candidates;
                if (!actors.Any())
                {
                    return ExitCodes.NotFound;
                }
            }

            var list = actors.ToList();
            if (context.Json)
            {
                context.WriteJson(list);
                return ExitCodes.Success;
            }

            if (context.Csv)
            {
                context.WriteCsv(Rows(list));
                return ExitCodes.Success;
            }

            context.Out.Write(Table(list));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Table Table(IReadOnlyList<Actor> actors)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand().AddColumns("Id", "Kind", "Name", "Valid", "ISO", "COW", "GW", "CAMEO", "FIPS", "SIPRI", "Aliases");
        foreach (var actor in actors)
        {
            table.AddRow(
                Cells.Text(actor.Id), Cells.Text(ActorCodebook.KindId(actor.Kind)), Cells.Text(actor.Name),
                Cells.Text(actor.ValidFrom is null && actor.ValidTo is null ? "" : $"{actor.ValidFrom}–{actor.ValidTo}"),
                Cells.Text(Codes(actor, CodeScheme.Iso3)), Cells.Text($"{Codes(actor, CodeScheme.CowNumber)} {Codes(actor, CodeScheme.CowAbbreviation)}".Trim()),
                Cells.Text(Codes(actor, CodeScheme.GleditschWard)), Cells.Text(Codes(actor, CodeScheme.Cameo)), Cells.Text(Codes(actor, CodeScheme.Fips)),
                Cells.Text(Codes(actor, CodeScheme.Sipri)), Cells.Dim(string.Join(", ", actor.Aliases)));
        }

        return table;
    }

    private static Tabular Rows(IReadOnlyList<Actor> actors)
    {
        var rows = new Tabular("id", "kind", "name", "valid_from", "valid_to", "iso3", "cow", "gw", "cameo", "fips", "sipri", "aliases");
        foreach (var actor in actors)
        {
            rows.Add(actor.Id, ActorCodebook.KindId(actor.Kind), actor.Name, actor.ValidFrom, actor.ValidTo, Codes(actor, CodeScheme.Iso3),
                $"{Codes(actor, CodeScheme.CowNumber)} {Codes(actor, CodeScheme.CowAbbreviation)}".Trim(), Codes(actor, CodeScheme.GleditschWard),
                Codes(actor, CodeScheme.Cameo), Codes(actor, CodeScheme.Fips), Codes(actor, CodeScheme.Sipri), string.Join("; ", actor.Aliases));
        }

        return rows;
    }

    private static string Codes(Actor actor, CodeScheme scheme) => string.Join(" ", actor.CodesIn(scheme).Select(c => c.ToString()));
}
