using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Hardening;

/// <summary>
/// Every response says <c>nosniff</c>, and nothing that may hold personal data may be stored by a
/// browser or proxy (<c>Cache-Control: no-store</c>); only the public, de-identified reads may be
/// cached, briefly. Through the gateway, which must pass the services' headers on unchanged.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class SecurityHeadersTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task Staff_responses_successful_or_not_are_no_store_and_nosniff_through_the_gateway()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var anonymous = system.Anonymous();
        var registration = Api.NewPatient();
        using var created = await coordinator.PostAsJsonAsync("/api/registry/patients", registration);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();

        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["registration (201)"] = created,
            ["duplicate (409)"] = await coordinator.PostAsJsonAsync("/api/registry/patients", registration),
            ["invalid registration (400)"] = await coordinator.PostAsJsonAsync("/api/registry/patients", new { firstName = "" }),
            ["patient (200)"] = await coordinator.GetAsync($"/api/registry/patients/{id}"),
            ["patient list (200)"] = await coordinator.GetAsync("/api/registry/patients?pageSize=5"),
            ["unknown patient (404)"] = await coordinator.GetAsync($"/api/registry/patients/{Guid.NewGuid()}"),
            ["coverage accounts (200)"] = await coordinator.GetAsync("/api/funding/coverage-accounts"),
            ["events (200)"] = await coordinator.GetAsync("/api/events/events"),
            ["partners (200)"] = await coordinator.GetAsync("/api/partnerships/partners"),
            ["no token (401)"] = await anonymous.GetAsync("/api/registry/patients"),
            ["sign-in token (200)"] = await anonymous.PostAsJsonAsync("/auth/token", new { login = "hajar.volunteer", password = system.Secrets.DemoStaffPassword }),
            ["wrong password (401)"] = await anonymous.PostAsJsonAsync("/auth/token", new { login = "hajar.volunteer", password = "not-the-password" }),
        };

        try
        {
            foreach (var (what, response) in responses)
            {
                Assert.True(response.Headers.CacheControl is { NoStore: true, Public: false, MaxAge: null }, $"{what}: Cache-Control {response.Headers.CacheControl}");
                Assert.True(Header(response, "X-Content-Type-Options") == "nosniff", $"{what}: X-Content-Type-Options {Header(response, "X-Content-Type-Options")}");
            }
        }
        finally
        {
            foreach (var response in responses.Values)
            {
                response.Dispose();
            }
        }
    }

    [Theory]
    [InlineData("registry")]
    [InlineData("funding")]
    [InlineData("events")]
    [InlineData("partnerships")]
    [InlineData("gateway")]
    public async Task Every_service_sends_the_headers_itself(string service)
    {
        using var client = new HttpClient { BaseAddress = system.ServiceUrl(service) };

        using var health = await client.GetAsync("/health");
        using var missing = await client.GetAsync("/no-such-endpoint");

        foreach (var response in new[] { health, missing })
        {
            Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage?.RequestUri}: Cache-Control {response.Headers.CacheControl}");
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        }
    }

    [Theory]
    [InlineData("/public/v1/events")]
    [InlineData("/public/v1/statistics")]
    public async Task Public_reads_may_be_cached_for_a_minute(string path)
    {
        using var anonymous = system.Anonymous();

        using var page = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("public, max-age=60", page.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", Header(page, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task An_error_of_a_public_read_is_not_cached()
    {
        using var anonymous = system.Anonymous();

        using var error = await anonymous.GetAsync("/public/v1/events?sort=title");

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("no-store", error.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem_with_a_type()
    {
        var response = await SendRawAsync(
            "POST /auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 40000000\r\n\r\n{\"login\":");

        Assert.StartsWith("HTTP/1.1 413 ", response, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", response, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.14\"", response, StringComparison.Ordinal);
        Assert.Contains("X-Content-Type-Options: nosniff", response, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// What the pipeline cannot reach: Kestrel itself answers a request line or headers over its
    /// limits, before any middleware runs, with an empty body and the connection closed. Pinned here
    /// so a change of that (a Kestrel upgrade, a proxy in front) is noticed; see docs/decisions/0015.
    /// </summary>
    [Theory]
    [InlineData("414 ", "uri")]
    [InlineData("431 ", "headers")]
    [InlineData("400 ", "request-line")]
    public async Task Requests_Kestrel_refuses_itself_get_its_bare_status_and_a_closed_connection(string status, string oversized)
    {
        var request = oversized switch
        {
            "uri" => $"GET /public/v1/events?q={new string('a', 9000)} HTTP/1.1\r\nHost: localhost\r\n\r\n",
            "headers" => $"GET /public/v1/events HTTP/1.1\r\nHost: localhost\r\nX-Padding: {new string('a', 40000)}\r\n\r\n",
            _ => "GET /public/v1/events with spaces HTTP/1.1\r\nHost: localhost\r\n\r\n",
        };

        var response = await SendRawAsync(request);

        Assert.StartsWith($"HTTP/1.1 {status}", response, StringComparison.Ordinal);
        Assert.Contains("Content-Length: 0", response, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Connection: close", response, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Bytes a client library would refuse to send, written to the gateway's socket; what came back before it closed.</summary>
    private async Task<string> SendRawAsync(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(system.GatewayUrl.Host, system.GatewayUrl.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var received = new MemoryStream();
        var buffer = new byte[8192];
        try
        {
            // Kestrel closes the connection after each of these responses, so the response ends with the stream.
            int read;
            while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // Closed with part of our request unread, the socket is reset; what arrived before is the response.
        }

        return Encoding.ASCII.GetString(received.GetBuffer(), 0, (int)received.Length);
    }

    /// <summary>Every value of a header, response or content, joined: a header sent twice shows as "a,b".</summary>
    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : null;
}
