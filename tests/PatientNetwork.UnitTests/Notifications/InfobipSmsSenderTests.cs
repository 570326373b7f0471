using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PatientNetwork.Notifications;
using PatientNetwork.Notifications.Sms;
using PatientNetwork.Notifications.Sms.Infobip;

namespace PatientNetwork.UnitTests.Notifications;

/// <summary>The Infobip adapter against a real HTTP server on loopback that answers as Infobip's API does.</summary>
public sealed class InfobipSmsSenderTests : IDisposable
{
    private const string Pending = """{"bulkId":"b1","messages":[{"to":"212612345678","messageId":"n1","status":{"groupId":1,"groupName":"PENDING","id":26,"name":"PENDING_ACCEPTED"}}]}""";
    private const string Rejected = """{"messages":[{"to":"212612345678","messageId":"n1","status":{"groupId":5,"groupName":"REJECTED","id":51,"name":"REJECTED_DESTINATION"}}]}""";

    private readonly HttpListener listener = new();
    private readonly Uri baseUrl;

    public InfobipSmsSenderTests()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        baseUrl = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(baseUrl.ToString());
        listener.Start();
    }

    [Fact]
    public async Task A_text_is_posted_with_the_api_key_the_sender_name_the_number_in_international_form_and_the_notification_id()
    {
        using var sender = Sender();
        var received = AnswerOnceAsync(HttpStatusCode.OK, Pending);

        await sender.SendAsync(new OutgoingSms("+212612345678", "تذكير: يوم اللوكيميا غدا", "0193abcd"), CancellationToken.None);

        var (method, path, authorization, body) = await received;
        Assert.Equal("POST", method);
        Assert.Equal("/sms/2/text/advanced", path);
        Assert.Equal("App test-key", authorization);
        using var json = JsonDocument.Parse(body);
        var message = Assert.Single(json.RootElement.GetProperty("messages").EnumerateArray().ToList());
        Assert.Equal("AMAL", message.GetProperty("from").GetString());
        Assert.Equal("تذكير: يوم اللوكيميا غدا", message.GetProperty("text").GetString());
        var destination = Assert.Single(message.GetProperty("destinations").EnumerateArray().ToList());
        Assert.Equal("212612345678", destination.GetProperty("to").GetString());
        Assert.Equal("0193abcd", destination.GetProperty("messageId").GetString());
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, Rejected)]
    [InlineData(HttpStatusCode.Unauthorized, """{"requestError":{"serviceException":{"messageId":"UNAUTHORIZED","text":"Invalid login details"}}}""")]
    [InlineData(HttpStatusCode.BadRequest, """{"requestError":{"serviceException":{"text":"Invalid destination 212612345678"}}}""")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "")]
    public async Task A_message_the_provider_did_not_take_throws_so_it_is_retried_and_the_error_never_quotes_the_number(HttpStatusCode status, string answer)
    {
        using var sender = Sender();
        var received = AnswerOnceAsync(status, answer);

        var refused = await Assert.ThrowsAsync<SmsProviderRefusedException>(() => sender.SendAsync(new OutgoingSms("+212612345678", "Rappel", "n1"), CancellationToken.None));

        await received;
        Assert.DoesNotContain("612345678", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_infobip_provider_is_chosen_by_configuration_and_refused_at_start_without_its_key()
    {
        using var configured = Services(new() { ["Sms:Provider"] = "infobip", ["Sms:BaseUrl"] = baseUrl.ToString(), ["Sms:ApiKey"] = "k" });
        Assert.IsType<InfobipSmsSender>(configured.GetRequiredService<ISmsSender>());

        using var withoutKey = Services(new() { ["Sms:Provider"] = "Infobip", ["Sms:BaseUrl"] = baseUrl.ToString() });
        var invalid = Assert.Throws<OptionsValidationException>(() => withoutKey.GetRequiredService<IOptions<SmsOptions>>().Value);
        Assert.Contains("Sms:ApiKey", invalid.Message, StringComparison.Ordinal);

        using var none = Services([]);
        Assert.IsType<UnconfiguredSmsSender>(none.GetRequiredService<ISmsSender>());
    }

    public void Dispose() => listener.Close();

    private InfobipSmsSender Sender() =>
        new(Options.Create(new SmsOptions { Provider = "infobip", BaseUrl = baseUrl, ApiKey = "test-key", SenderId = "AMAL", Timeout = TimeSpan.FromSeconds(10) }));

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddNotificationSenders(configuration).BuildServiceProvider();
    }

    private async Task<(string Method, string Path, string? Authorization, string Body)> AnswerOnceAsync(HttpStatusCode status, string answer)
    {
        var context = await listener.GetContextAsync();
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(answer);
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
        return (context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], body);
    }
}
