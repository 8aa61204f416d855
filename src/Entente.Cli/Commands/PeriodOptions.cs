using System.CommandLine;
using Entente.Analysis;
using Entente.Cli.Hosting;

namespace Entente.Cli.Commands;

/// <summary>`--from Y --to Y` for the analysis commands, defaulting to the query layer's period.</summary>
internal sealed class PeriodOptions
{
    public Option<int?> From { get; } = new("--from") { Description = $"First year (default {DyadAnalysis.DefaultPeriod.From})." };

    public Option<int?> To { get; } = new("--to") { Description = $"Last year (default {DyadAnalysis.DefaultPeriod.To})." };

    public (int From, int To) Read(CommandContext context)
    {
        var from = context.Value(From) ?? DyadAnalysis.DefaultPeriod.From;
        var to = context.Value(To) ?? DyadAnalysis.DefaultPeriod.To;
        return from > to || from < 1800 || to > 2100
            ? throw new CliException(ExitCodes.Usage, $"the period {from}–{to} is not a span of years between 1800 and 2100")
            : (from, to);
    }
}
