using Entente.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Entente.Web.Tests.Browser;

/// <summary>The workbench on real Kestrel, on a free loopback port, for the browser.</summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LiveServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public string Url(string path) => new Uri(Address, path).ToString();

    public static async Task<LiveServer> StartAsync(WorkbenchOptions options)
    {
        var app = WorkbenchApp.Create(options with { Port = 0 });
        await app.StartAsync();
        return new LiveServer(app, WorkbenchApp.Address(app));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
