using Entente.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Web.Tests;

/// <summary>The workbench in memory (WebApplicationFactory) on a real store: the options registered last win.</summary>
public sealed class WorkbenchFactory(WorkbenchOptions options) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton(options));
}
