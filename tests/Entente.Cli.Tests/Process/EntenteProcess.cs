using System.Diagnostics;

namespace Entente.Cli.Tests.Process;

/// <summary>The real `entente` binary as a child process, the way a user or a script runs it.</summary>
internal static class EntenteProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "entente.dll");

    public static System.Diagnostics.Process Start(string dbPath, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ENTENTE_DB"] = dbPath;

        // As a colour terminal user's environment would be: plain output must come from detecting the pipe, not from NO_COLOR.
        info.Environment.Remove("NO_COLOR");
        info.Environment["TERM"] = "xterm-256color";
        info.Environment["COLORTERM"] = "truecolor";
        return System.Diagnostics.Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }

    public static async Task<CliResult> RunAsync(string dbPath, params string[] args)
    {
        using var process = Start(dbPath, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }
}
