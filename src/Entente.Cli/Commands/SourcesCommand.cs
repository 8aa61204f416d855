using System.CommandLine;
using Entente.Cli.Hosting;
using Entente.Storage;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>`entente sources`: the sources in the store with their grades.</summary>
public static class SourcesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var kind = new Option<string?>("--kind") { Description = "Only sources of this kind (official, wire, specialist, ...)." };
        var text = new Option<string?>("--text") { Description = "Text in the title (any language form), publisher or authors." };
        var command = new Command("sources", "List sources with publisher, date and grade.") { kind, text };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var kinds = Entente.Codebooks.CodebookSet.Shipped.SourceKinds;
            if (context.Value(kind) is { } kindText && !kinds.ContainsKey(kindText))
            {
                throw new CliException(ExitCodes.Usage, $"unknown source kind '{kindText}'; expected one of: {string.Join(", ", kinds.Keys)}");
            }

            await using var store = await context.OpenStoreAsync(cancellationToken);
            var sources = await store.QuerySourcesAsync(new SourceQuery { Kind = context.Value(kind), Text = context.Value(text) }, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(sources);
                return ExitCodes.Success;
            }

            if (context.Csv)
            {
                var rows = new Tabular("id", "kind", "grade", "date", "publisher", "title");
                sources.ToList().ForEach(s => rows.Add(s.Id, s.Kind, s.Grade?.Code, s.Date?.ToString(), s.Publisher, s.Title.Display));
                context.WriteCsv(rows);
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).Expand().AddColumns("Id", "Kind", "Grade", "Date", "Publisher", "Title");
            foreach (var source in sources)
            {
                table.AddRow(
                    Cells.Text(source.Id), Cells.Text(source.Kind), Cells.Grade(source.Grade), Cells.Text(source.Date?.ToString()),
                    Cells.Text(source.Publisher), Cells.Text(source.Title.Display));
            }

            context.Out.Write(table);
            context.Note($"{sources.Count} source(s).");
            return ExitCodes.Success;
        });
        return command;
    }
}
