using System.Net;
using System.Text.Json;
using Entente.Testing;

namespace Entente.Web.Tests.Api;

/// <summary>Security from the first page: strict CSP, no stack traces, bounded requests, loopback host names only.</summary>
public sealed class SecurityTests(WorkbenchData data)
{
    [Fact]
    public async Task Every_response_carries_a_strict_content_security_policy_without_inline_code()
    {
        using var client = new WorkbenchFactory(data.Options).CreateClient();

        foreach (var path in new[] { "/dossier/RUS/CHN", "/api/evidence", "/site.css", "/no-such-page" })
        {
            var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task A_failure_inside_is_a_problem_document_without_a_stack_trace()
    {
        using var dir = new TempDirectory();
        var broken = dir.Write("broken.db", "this is not a SQLite database, just text that makes the driver throw");
        using var client = new WorkbenchFactory(data.Options with { StorePath = broken }).CreateClient();

        var response = await client.GetAsync("/api/evidence", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(500, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain("Sqlite", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_body_over_the_limit_is_refused()
    {
        using var factory = new WorkbenchFactory(data.Options with { MaxRequestBytes = 1024 });
        using var client = factory.CreateClient();

        using var content = new ByteArrayContent(new byte[100_000]);
        var response = await client.PostAsync("/api/evidence", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_host_name_other_than_loopback_is_refused_so_DNS_rebinding_cannot_reach_the_store()
    {
        using var client = new WorkbenchFactory(data.Options).CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/evidence");
        request.Headers.Host = "attacker.example";

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API_and_not_the_pages()
    {
        using var client = new WorkbenchFactory(data.Options).CreateClient();

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken)).RootElement;

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/evidence", paths);
        Assert.Contains("/api/dossier/{a}/{b}", paths);
        Assert.Contains("/api/sources/export", paths);
        Assert.DoesNotContain("/dossier/{a}/{b}", paths);
    }
}
