using System.CommandLine;
using Entente.Analysis.Comparison;
using Entente.Analysis.Ladder;
using Entente.Cli.Hosting;
using Entente.Cli.Output;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente alignment A B [--compare C-D ...]`: the alignment ladder year by year with the evidence for each rung,
/// side by side with reference pairs, and optionally the composite index with its weights and their sensitivity.
/// </summary>
public static class AlignmentCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var a = new Argument<string>("a") { Description = "One state (id, code or name)." };
        var b = new Argument<string>("b") { Description = "The other state." };
        var period = new PeriodOptions();
        var compare = new Option<string[]>("--compare") { Description = "A reference pair to set beside it, as C-D (USA-JPN); repeatable.", AllowMultipleArgumentsPerToken = false };
        var ladder = new Option<string?>("--ladder") { Description = "A ladder codebook (TSV) to use instead of the shipped alignment-ladder.tsv." };
        var index = new Option<bool>("--index") { Description = "Add the composite index: weights, scores per year, and the sensitivity to each weight." };
        var weight = new Option<string[]>("--weight") { Description = "Change a rung's weight in the index, as RUNG=W (implies --index); repeatable." };
        var release = new Option<string?>("--release") { Description = "The SIPRI release to read transfers from (default: the newest register)." };
        var command = new Command("alignment", "The alignment ladder (after Korolev's stages of alliance institutionalisation) per year, with the evidence for each rung.")
        {
            a, b, period.From, period.To, compare, ladder, index, weight, release,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var codebook = LoadCodebook(context.Value(ladder));
            await using var session = await AnalysisSession.OpenAsync(context, context.Value(release), cancellationToken);
            var registry = session.Analysis.Sources.Registry;
            var pairs = new List<(string, string)> { (context.ResolveActor(registry, context.Value(a)!).Id, context.ResolveActor(registry, context.Value(b)!).Id) };
            pairs.AddRange((context.Value(compare) ?? []).Select(text => Pair(context, registry, text)));
            var overrides = context.Value(weight) ?? [];
            CompositeWeights? weights = null;
            if (context.Value(index) || overrides.Length > 0)
            {
                try
                {
                    weights = CompositeWeights.Parse(codebook, overrides);
                }
                catch (FormatException ex)
                {
                    throw new CliException(ExitCodes.Usage, $"--weight {ex.Message}");
                }
            }

            var (from, to) = period.Read(context);
            var comparison = await session.Analysis.CompareAsync(pairs, from, to, codebook, weights, cancellationToken);
            if (context.Json)
            {
                context.WriteJson(new { comparison.From, comparison.To, Codebook = codebook.Name, comparison.Ladders, comparison.Index });
            }
            else if (context.Csv)
            {
                LadderOutput.WriteCsv(context, comparison);
            }
            else
            {
                LadderOutput.WriteTables(context, comparison, codebook);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static LadderCodebook LoadCodebook(string? path)
    {
        if (path is null)
        {
            return LadderCodebook.Shipped;
        }

        if (!File.Exists(path))
        {
            throw new CliException(ExitCodes.NotFound, $"{path}: no such ladder codebook");
        }

        try
        {
            return LadderCodebook.Load(path);
        }
        catch (LadderCodebookException ex)
        {
            throw new CliException(ExitCodes.InvalidInput, $"the ladder codebook has problems:{Environment.NewLine}{ex.Message}");
        }
    }

    /// <summary>"USA-JPN", or names with hyphens of their own ("Guinea-Bissau-Senegal"): the first split where both sides resolve.</summary>
    private static (string, string) Pair(CommandContext context, Entente.Actors.ActorRegistry registry, string text)
    {
        for (var i = text.IndexOf('-'); i > 0; i = text.IndexOf('-', i + 1))
        {
            if (registry.Resolve(text[..i]).Actor is { } x && registry.Resolve(text[(i + 1)..]).Actor is { } y)
            {
                return (x.Id, y.Id);
            }
        }

        var parts = text.Split('-', 2);
        return parts.Length == 2
            ? (context.ResolveActor(registry, parts[0]).Id, context.ResolveActor(registry, parts[1]).Id)
            : throw new CliException(ExitCodes.Usage, $"--compare takes a pair as C-D (USA-JPN), not '{text}'");
    }
}
