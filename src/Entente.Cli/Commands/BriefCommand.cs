using System.CommandLine;
using System.Globalization;
using System.Text;
using Entente.Cli.Hosting;
using Entente.Reports.Briefs;
using Entente.Reports.Output;
using Entente.Serialization;

namespace Entente.Cli.Commands;

/// <summary>`entente brief A B --format md|html|pdf|json --out FILE`: the dyad's brief from the store, reproducibly.</summary>
public static class BriefCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var a = new Argument<string>("a") { Description = "One state (id, code or name)." };
        var b = new Argument<string>("b") { Description = "The other state." };
        var format = new Option<string>("--format") { Description = "md (GitHub Markdown), html (one self-contained file), pdf (printed by Chromium) or json (the model, for --diff).", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html", "pdf", "json");
        var output = new Option<string?>("--out") { Description = "The file to write (required for pdf); default: stdout." };
        var at = new Option<string?>("--at") { Description = "Pin the generation time (ISO 8601): the same inputs and time give the same bytes. Default: now." };
        var force = OutputGuard.ForceOption();
        var templates = new Option<string?>("--templates") { Description = "A folder of edited templates; any file there replaces the shipped one of the same name." };
        var diff = new Option<string?>("--diff") { Description = "A brief's JSON model from an earlier run (--format json): show what changed since." };
        var command = new Command("brief", "Write the dyad's brief: key judgements, sections by theme with tables and charts, notes, annex.")
        {
            a, b, format, output, at, force, templates, diff,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            var (kind, path) = (context.Value(format)!, context.Value(output));
            if (kind == "pdf" && path is null)
            {
                throw new CliException(ExitCodes.Usage, "--format pdf needs --out FILE");
            }

            if (path is not null)
            {
                context.Output.Check(path, context.Value(force));
            }

            var directory = context.Value(templates);
            if (directory is not null && !Directory.Exists(directory))
            {
                throw new CliException(ExitCodes.NotFound, $"template folder {directory} does not exist");
            }

            var time = Time(context.Value(at));
            var inputs = await BriefInputsLoader.LoadAsync(context, context.Value(a)!, context.Value(b)!, time, cancellationToken);
            var brief = BriefBuilder.Build(inputs);
            if (context.Value(diff) is { } old)
            {
                WriteDiff(context, BriefDiff.Between(ReadModel(old), brief));
                if (path is null)
                {
                    return ExitCodes.Success;
                }
            }

            var content = await RenderAsync(brief, kind, new BriefRenderer(directory is null ? TemplateSet.Shipped : new TemplateSet(directory)), cancellationToken);
            if (path is null)
            {
                context.Out.Profile.Out.Writer.Write(Encoding.UTF8.GetString(content));
            }
            else
            {
                await context.Output.WriteBytesAsync(path, context.Value(force), content, cancellationToken);
                context.Note($"Wrote {path} ({content.Length:N0} bytes): {brief.Sections.Count} sections, {brief.KeyJudgements.Count} key judgements, {brief.Footnotes.Count} notes; {inputs.Findings.Count} lint finding(s).");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<byte[]> RenderAsync(Brief brief, string kind, BriefRenderer renderer, CancellationToken cancellationToken) => kind switch
    {
        "json" => Encoding.UTF8.GetBytes(EntenteJson.Serialize(brief, indented: true) + "\n"),
        "html" => Encoding.UTF8.GetBytes(renderer.Html(brief)),
        "pdf" => await PdfPrinter.PrintAsync(renderer.Html(brief), cancellationToken: cancellationToken),
        _ => Encoding.UTF8.GetBytes(renderer.Markdown(brief)),
    };

    private static DateTimeOffset Time(string? at) =>
        at is null ? DateTimeOffset.UtcNow
        : DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time.ToUniversalTime()
        : throw new CliException(ExitCodes.Usage, $"--at '{at}' is not a time; write ISO 8601, e.g. 2026-11-29T12:00:00Z");

    private static Brief ReadModel(string path)
    {
        try
        {
            return EntenteJson.Deserialize<Brief>(File.ReadAllText(path));
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new CliException(ExitCodes.InvalidInput, $"{path}: not a brief model written by 'entente brief --format json': {ex.Message}");
        }
    }

    private static void WriteDiff(CommandContext context, BriefDiff diff)
    {
        if (context.Json)
        {
            context.WriteJson(diff);
            return;
        }

        var rows = new Tabular("Change", "What", "Was", "Now");
        diff.NewEvidence.ToList().ForEach(i => rows.Add("new evidence", i, "", ""));
        diff.WithdrawnEvidence.ToList().ForEach(i => rows.Add("withdrawn evidence", i, "", ""));
        diff.ChangedFigures.ToList().ForEach(f => rows.Add("changed figure", f.Figure, f.Was, f.Now));
        diff.MovedSupport.ToList().ForEach(s => rows.Add("support moved", s.Judgement, s.Was, s.Now));
        context.WriteFigures(diff, rows, diff.IsEmpty ? "No change since the earlier brief" : "Changes since the earlier brief");
    }
}
