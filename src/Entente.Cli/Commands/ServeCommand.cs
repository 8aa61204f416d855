using System.CommandLine;
using System.Net;
using Entente.Cli.Hosting;
using Entente.Web.Hosting;

namespace Entente.Cli.Commands;

/// <summary>
/// `entente serve [--port N] [--address A --allow-remote]`: the web workbench on the current store and warehouse.
/// Loopback by default; another address needs --allow-remote and gets a warning, since no accounts exist.
/// </summary>
public static class ServeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var port = new Option<int>("--port") { Description = "Port to listen on (0: any free port).", DefaultValueFactory = _ => 5170 };
        var address = new Option<string>("--address") { Description = "Address to listen on; anything but loopback needs --allow-remote.", DefaultValueFactory = _ => "127.0.0.1" };
        var allowRemote = new Option<bool>("--allow-remote") { Description = "Allow listening beyond loopback. There are no accounts: anyone who can reach the port can read the store." };
        var command = new Command("serve", "Start the web workbench (dossiers, evidence, timeline, map, network, REST API) and print its address.") { port, address, allowRemote };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = new CommandContext(environment, parse);
            if (!IPAddress.TryParse(context.Value(address), out var ip))
            {
                throw new CliException(ExitCodes.Usage, $"--address '{context.Value(address)}' is not an IP address, e.g. 127.0.0.1");
            }

            var options = new WorkbenchOptions { StorePath = context.StorePath, WarehousePath = context.WarehousePath, Address = ip, Port = context.Value(port), AllowRemote = context.Value(allowRemote) };
            if (!options.IsLoopback && !options.AllowRemote)
            {
                throw new CliException(ExitCodes.Usage, $"--address {ip} is reachable from other machines and the workbench has no accounts; add --allow-remote to do it anyway");
            }

            // Creates the store with the shipped cases on first run, so the first page has the flagship case to show.
            await (await context.OpenStoreAsync(cancellationToken)).DisposeAsync();
            await using var app = WorkbenchApp.Create(options);
            await app.StartAsync(cancellationToken);
            if (!options.IsLoopback)
            {
                context.Note($"WARNING: listening on {ip}, beyond this machine. No accounts exist: anyone who can reach this port can read the whole store.");
            }

            var url = new Uri(WorkbenchApp.Address(app), Web.Pages.WorkbenchPages.Flagship);
            context.Out.Profile.Out.Writer.WriteLine($"Entente workbench: {url}");
            context.Out.Profile.Out.Writer.Flush();
            context.Note("Open the address above in a browser; Ctrl+C stops the server.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C is how a server is meant to stop.
            }

            await app.StopAsync(CancellationToken.None);
            return ExitCodes.Success;
        });
        return command;
    }
}
