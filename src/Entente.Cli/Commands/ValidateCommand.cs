using System.CommandLine;
using Entente.Cli.Hosting;
using Entente.Import.Bundle;

namespace Entente.Cli.Commands;

/// <summary>`entente validate PATH`: every problem of a bundle as `file:line:col: message`, exit 1 if any.</summary>
public static class ValidateCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var path = new Argument<string>("path") { Description = "A bundle: a YAML file or a directory of them." };
        var command = new Command("validate", "Check a bundle against the format, the codebooks and what the store holds, without changing the store.") { path };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            // A bundle may cite the store's sources and actors, so it is checked against them, as `import` will;
            // without a store, against what a new store would hold. Validating never creates a store.
            BundleValidator validator;
            if (File.Exists(context.StorePath))
            {
                await using var store = await context.OpenStoreAsync(cancellationToken);
                validator = await CommandContext.ValidatorAsync(store, cancellationToken);
            }
            else
            {
                validator = BundleValidator.Shipped.WithKnown(ShippedCases.Known(environment));
            }

            var read = validator.ReadAndValidate(context.Value(path)!);
            if (context.Json)
            {
                context.WriteJson(new
                {
                    valid = read.IsValid,
                    files = read.Files.Count,
                    actors = read.Bundle.Actors.Count,
                    sources = read.Bundle.Sources.Count,
                    items = read.Bundle.Items.Count,
                    problems = read.Diagnostics.Select(d => new { file = d.Location.File, line = d.Location.Line, column = d.Location.Column, message = d.Message }),
                });
            }
            else
            {
                DiagnosticPrinter.Write(context.Out.Profile.Out.Writer, read.Diagnostics);
            }

            context.Note(read.IsValid
                ? $"{context.Value(path)}: valid — {read.Bundle.Actors.Count} actors, {read.Bundle.Sources.Count} sources, {read.Bundle.Items.Count} items in {read.Files.Count} files."
                : $"{context.Value(path)}: {read.Diagnostics.Count} problem(s) in {read.Diagnostics.Select(d => d.Location.File).Distinct().Count()} file(s).");
            return read.IsValid ? ExitCodes.Success : ExitCodes.InvalidInput;
        });
        return command;
    }
}
