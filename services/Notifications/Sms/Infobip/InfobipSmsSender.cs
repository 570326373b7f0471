using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace PatientNetwork.Notifications.Sms.Infobip;

/// <summary>
/// Hands each text to Infobip's SMS API (<c>POST {BaseUrl}/sms/2/text/advanced</c>, <c>Authorization: App {ApiKey}</c>),
/// under the sender name registered with the provider (ADR 0029).
/// The notification's id travels as Infobip's <c>messageId</c>, so the provider's delivery reports name our row.
/// Any answer other than an accepted (pending) message throws, so the notification is retried later.
/// </summary>
/// <remarks>
/// The HTTP client is its own, not one from the factory: the services' default resilience handler would retry a
/// timed-out POST by itself and could send the same text twice; the notifications outbox already retries with back-off.
/// </remarks>
public sealed class InfobipSmsSender : ISmsSender, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient http;
    private readonly string senderId;

    public InfobipSmsSender(IOptions<SmsOptions> options)
    {
        var settings = options.Value;
        if (!settings.IsInfobipConfigured)
        {
            throw new InvalidOperationException($"{SmsOptions.Section}:Provider is {SmsOptions.InfobipProvider}: {SmsOptions.Section}:BaseUrl and {SmsOptions.Section}:ApiKey are required.");
        }

        senderId = settings.SenderId;
        http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = settings.BaseUrl,
            Timeout = settings.Timeout,
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("App", settings.ApiKey);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public async Task SendAsync(OutgoingSms sms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sms);
        var request = new InfobipRequest([new InfobipMessage([new InfobipDestination(InternationalForm(sms.To), sms.MessageId)], senderId, sms.Text)]);
        using var response = await http.PostAsJsonAsync("sms/2/text/advanced", request, Json, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // The status only: the provider's error body may quote the number.
            throw new SmsProviderRefusedException($"Infobip answered {(int)response.StatusCode}.");
        }

        var answer = await response.Content.ReadFromJsonAsync<InfobipResponse>(Json, cancellationToken);
        var status = answer?.Messages?.SingleOrDefault()?.Status;
        if (status is null || !InfobipStatus.IsAccepted(status.GroupName))
        {
            throw new SmsProviderRefusedException($"Infobip did not accept the message ({status?.GroupName ?? "no status"}: {status?.Name}).");
        }
    }

    public void Dispose() => http.Dispose();

    /// <summary>Infobip takes international numbers without the plus: +212612345678 → 212612345678.</summary>
    public static string InternationalForm(string phone) => phone.TrimStart('+');
}
