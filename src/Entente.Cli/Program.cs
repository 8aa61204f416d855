using Entente.Cli.Hosting;
using Spectre.Console;

// Composition root: the real console and environment; everything below takes them as arguments.
// A pipe or a file gets plain text whatever TERM claims: escape codes in a CSV or a log are noise, or worse.
var console = AnsiConsole.Create(new AnsiConsoleSettings
{
    Out = new AnsiConsoleOutput(Console.Out),
    Ansi = Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
    ColorSystem = Console.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
});
if (Console.IsOutputRedirected)
{
    // A pipe or a file has no width; Spectre's 80 columns would crush evidence tables into slivers.
    console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0 ? columns : 200;
}

var environment = new CliEnvironment(console, Console.Error, Environment.GetEnvironmentVariable, AppContext.BaseDirectory)
{
    ErrorIsInteractive = !Console.IsErrorRedirected,
};
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return await EntenteApp.RunAsync(args, environment, cancel.Token);
