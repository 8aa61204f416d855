using System.CommandLine;
using Entente.Actors;
using Entente.Cli.Hosting;
using Entente.Codebooks;
using Entente.Dates;
using Entente.Sources;
using Entente.Storage;

namespace Entente.Cli.Commands;

/// <summary>The evidence filters shared by `evidence` and `export`, turned into a store query.</summary>
public sealed class EvidenceFilters
{
    private readonly Option<string?> _dyad = new("--dyad") { Description = "Two actors, both taking part, e.g. RUS-CHN or Russia,China (undirected)." };
    private readonly Option<string[]> _actor = new("--actor") { Description = "An actor taking part (id, code, name or alias); repeatable.", AllowMultipleArgumentsPerToken = false };
    private readonly Option<bool> _exactActor = new("--exact-actor") { Description = "Match --actor and --dyad actors exactly; by default an actor includes its parts (China: the PLA, the PLA Navy)." };
    private readonly Option<string[]> _type = new("--type") { Description = "Evidence type; a parent type matches its subtypes (arms-deal). Repeatable." };
    private readonly Option<string[]> _theme = new("--theme") { Description = "Theme (exercises, defence-trade, ...). Repeatable." };
    private readonly Option<string?> _from = new("--from") { Description = "Items on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)." };
    private readonly Option<string?> _to = new("--to") { Description = "Items on or before this date." };
    private readonly Option<string?> _minGrade = new("--min-grade") { Description = "At least one source graded this well on both scales, e.g. B2." };
    private readonly Option<string?> _text = new("--text") { Description = "Words that must all occur in the summary or a cited source's title." };
    private readonly Option<int?> _limit = new("--limit") { Description = "At most this many items." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _dyad, _actor, _exactActor, _type, _theme, _from, _to, _minGrade, _text, _limit })
        {
            command.Options.Add(option);
        }
    }

    public EvidenceQuery Query(CommandContext context, ActorRegistry registry)
    {
        var codebooks = CodebookSet.Shipped;
        foreach (var type in context.Value(_type) ?? [])
        {
            if (codebooks.TypesMatching(type).Count == 0)
            {
                throw new CliException(ExitCodes.Usage, $"unknown evidence type '{type}'; known: {string.Join(", ", codebooks.Types.Keys)}");
            }
        }

        foreach (var theme in (context.Value(_theme) ?? []).Where(t => !codebooks.Themes.ContainsKey(t)))
        {
            throw new CliException(ExitCodes.Usage, $"unknown theme '{theme}'; known: {string.Join(", ", codebooks.Themes.Keys)}");
        }

        Grade? minGrade = null;
        if (context.Value(_minGrade) is { } gradeText && !Grade.TryParse(gradeText, out minGrade))
        {
            throw new CliException(ExitCodes.Usage, $"'{gradeText}' is not a grade; write a letter A–F and a digit 1–6, e.g. B2");
        }

        if (context.Value(_limit) is < 1 and var limit)
        {
            throw new CliException(ExitCodes.Usage, $"--limit takes a positive number, not {limit}");
        }

        var from = Date(context.Value(_from), "--from");
        var to = Date(context.Value(_to), "--to");
        if (from is { } start && to is { } end && end.End < start.Start)
        {
            throw new CliException(ExitCodes.Usage, $"--to {end} is before --from {start}; no item can fall in that period");
        }

        return new EvidenceQuery
        {
            Dyad = context.Value(_dyad) is { } dyad ? Dyad(context, registry, dyad) : null,
            Actors = [.. (context.Value(_actor) ?? []).Select(a => context.ResolveActor(registry, a).Id)],
            Types = context.Value(_type) ?? [],
            Themes = context.Value(_theme) ?? [],
            ExactActors = context.Value(_exactActor),
            From = from?.Start,
            To = to?.End,
            MinGrade = minGrade,
            Text = context.Value(_text),
            Limit = context.Value(_limit),
        };
    }

    private static (string, string) Dyad(CommandContext context, ActorRegistry registry, string text)
    {
        // Names may hold hyphens ("Guinea-Bissau"), so a comma wins; else split on the hyphen that gives two actors.
        var parts = text.Contains(',', StringComparison.Ordinal) ? text.Split(',', 2) : SplitOnHyphen(registry, text);
        if (parts.Length != 2)
        {
            throw new CliException(ExitCodes.Usage, $"--dyad takes two actors, e.g. RUS-CHN or 'Russia,China'; got '{text}'");
        }

        return (context.ResolveActor(registry, parts[0].Trim()).Id, context.ResolveActor(registry, parts[1].Trim()).Id);
    }

    private static string[] SplitOnHyphen(ActorRegistry registry, string text)
    {
        for (var i = text.IndexOf('-', StringComparison.Ordinal); i > 0; i = text.IndexOf('-', i + 1))
        {
            if (registry.Resolve(text[..i]).IsResolved && registry.Resolve(text[(i + 1)..]).IsResolved)
            {
                return [text[..i], text[(i + 1)..]];
            }
        }

        var first = text.IndexOf('-', StringComparison.Ordinal);
        return first > 0 ? [text[..first], text[(first + 1)..]] : [text];
    }

    private static PartialDate? Date(string? text, string option) =>
        text is null ? null
        : PartialDate.TryParse(text, out var date, out var error) ? date
        : throw new CliException(ExitCodes.Usage, $"{option}: {error}");
}
