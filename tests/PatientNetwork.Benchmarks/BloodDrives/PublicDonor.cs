using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PatientNetwork.Benchmarks.BloodDrives;

/// <summary>
/// One member of the public booking a slot with transport as the public site does: book, read the SMS code from the
/// app host's local SMS sink (the files the integration tests read), confirm. Each donor has a phone and an address of
/// its own, so neither the donor rules nor the per-client limit refuse them.
/// </summary>
public sealed partial class PublicDonor(int number)
{
    public string Phone { get; } = "+2126" + (10_000_000 + number).ToString(CultureInfo.InvariantCulture);

    public string Address { get; } = $"10.{(number >> 16) & 255}.{(number >> 8) & 255}.{(number & 255) + 1}";

    public string? Code { get; private set; }

    /// <summary>Books and returns the time from sending to the answer; the outcome is "awaiting-confirmation" or an HTTP status.</summary>
    public async Task<(double Milliseconds, string Outcome)> BookAsync(HttpClient client, BloodDriveBookingSetup.PreparedSlot slot, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"public/v1/blood-drives/{slot.DriveId}/bookings")
        {
            Content = JsonContent.Create(new
            {
                slotId = slot.SlotId, name = "Donneur Benchmark", phone = Phone, sex = "male", birthDate = "1990-05-01", city = "casablanca",
                language = "fr", weightKg = 70, pickupPointId = slot.PickupPointId,
            }),
        };
        request.Headers.Add("X-Forwarded-For", Address);
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request, ct);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.Created)
        {
            return (elapsed, $"HTTP {(int)response.StatusCode}");
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Code = body.GetProperty("code").GetString();
        return (elapsed, body.GetProperty("status").GetString()!);
    }

    /// <summary>Confirms with the code texted to <see cref="Phone"/>; the outcome is "booked" or an HTTP status.</summary>
    public async Task<(double Milliseconds, string Outcome)> ConfirmAsync(HttpClient client, Guid driveId, string smsCode, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"public/v1/blood-drives/{driveId}/bookings/confirm")
        {
            Content = JsonContent.Create(new { code = Code, phone = Phone, smsCode }),
        };
        request.Headers.Add("X-Forwarded-For", Address);
        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(request, ct);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        return response.StatusCode == HttpStatusCode.OK
            ? (elapsed, (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("status").GetString()!)
            : (elapsed, $"HTTP {(int)response.StatusCode}");
    }

    /// <summary>
    /// Waits until every donor's SMS code is in the sink folder (files of <c>{"to", "text"}</c>, as the integration
    /// tests' Inbox reads them) and returns the codes by phone.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> SmsCodesAsync(string smsFolder, IReadOnlyCollection<PublicDonor> donors, TimeSpan timeout, CancellationToken ct)
    {
        var wanted = donors.Where(d => d.Code is not null).ToDictionary(d => d.Phone, d => d.Code!, StringComparer.Ordinal);
        var found = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        while (found.Count < wanted.Count)
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"{found.Count} of {wanted.Count} SMS codes arrived in {timeout.TotalSeconds:0} s.");
            }

            foreach (var file in Directory.Exists(smsFolder) ? Directory.GetFiles(smsFolder, "*.json") : [])
            {
                if (!seen.Add(file))
                {
                    continue;
                }

                string to, text;
                try
                {
                    using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file, ct));
                    to = json.RootElement.GetProperty("to").GetString()!;
                    text = json.RootElement.GetProperty("text").GetString()!;
                }
                catch (Exception e) when (e is JsonException or IOException)
                {
                    // The sink is still writing it; read it again on the next pass.
                    seen.Remove(file);
                    continue;
                }

                if (wanted.TryGetValue(to, out var code) && text.Contains(code, StringComparison.Ordinal) && SixDigits().Match(text) is { Success: true } sms)
                {
                    found[to] = sms.Value;
                }
            }

            await Task.Delay(200, ct);
        }

        return found;
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
