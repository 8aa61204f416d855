namespace Entente.Web.Hosting;

/// <summary>
/// Refuses a declared body over the limit before any endpoint runs (413), whatever the route; a body without a declared
/// length is cut at the same limit by Kestrel when read.
/// </summary>
public sealed class RequestSizeLimit(RequestDelegate next, WorkbenchOptions options)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > options.MaxRequestBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Results.Problem($"request bodies are limited to {options.MaxRequestBytes} bytes", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large").ExecuteAsync(context);
        }

        return next(context);
    }
}
