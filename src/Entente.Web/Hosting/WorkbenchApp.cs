using Entente.Serialization;
using Entente.Web.Api;
using Entente.Web.Dossier;
using Entente.Web.Pages;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.FileProviders;

namespace Entente.Web.Hosting;

/// <summary>The workbench's composition root: services, security middleware, the API and the pages.</summary>
public static class WorkbenchApp
{
    public static WebApplication Create(WorkbenchOptions options, string[]? args = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args ?? [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 16 * 1024;
            kestrel.Listen(options.Address, options.Port);
        });
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<Workbench>();
        builder.Services.AddSingleton<DossierBuilder>();
        builder.Services.AddProblemDetails();
        builder.Services.AddAntiforgery(a => a.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = EntenteJson.Options.PropertyNamingPolicy;
            json.SerializerOptions.DefaultIgnoreCondition = EntenteJson.Options.DefaultIgnoreCondition;
            foreach (var converter in EntenteJson.Options.Converters)
            {
                json.SerializerOptions.Converters.Add(converter);
            }
        });
        if (options.IsLoopback)
        {
            // A page on another site cannot reach a loopback server through a rebound DNS name: only these Host headers pass.
            builder.Services.Configure<HostFilteringOptions>(h => h.AllowedHosts = ["localhost", "127.0.0.1", "[::1]"]);
        }

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseHostFiltering();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<RequestSizeLimit>();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new EmbeddedFileProvider(typeof(WorkbenchApp).Assembly, "Entente.Web.wwwroot") });
        app.UseAntiforgery();
        app.MapOpenApi();
        app.MapWorkbenchApi();
        app.MapWorkbenchPages();
        return app;
    }

    /// <summary>The address the server listens on, once started (the port is known only then when 0 was asked for).</summary>
    public static Uri Address(WebApplication app)
    {
        var server = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>();
        var addresses = server.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First().Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    }
}
