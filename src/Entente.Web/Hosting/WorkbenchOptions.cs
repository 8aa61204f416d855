using System.Net;

namespace Entente.Web.Hosting;

/// <summary>Where the workbench reads from and where it listens. Loopback unless <see cref="AllowRemote"/> is set on purpose.</summary>
public sealed record WorkbenchOptions
{
    public required string StorePath { get; init; }

    /// <summary>The event warehouse (events.duckdb); absent means the event-data charts say none is imported.</summary>
    public string? WarehousePath { get; init; }

    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; } = 5170;

    /// <summary>Binding beyond loopback needs this; the server then warns that no accounts exist.</summary>
    public bool AllowRemote { get; init; }

    /// <summary>Largest request body accepted, in bytes (the workbench takes small forms only).</summary>
    public long MaxRequestBytes { get; init; } = 64 * 1024;

    public bool IsLoopback => IPAddress.IsLoopback(Address);
}
