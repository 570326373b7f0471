using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Events;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Webhooks;

/// <summary>
/// Subscriptions through the partner API: only with <c>webhooks.manage</c>, each partner's own, no private address,
/// and each trigger (a calendar event, a statistics release) queues a delivery for the subscribers of its type.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class WebhookSubscriptionTests(PatientNetworkFixture system) : IAsyncLifetime
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);
    private WebhookReceiver receiver = null!;

    public async Task InitializeAsync() => receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await receiver.DisposeAsync();

    [Theory]
    [InlineData("https://10.1.2.3/hooks")]
    [InlineData("https://192.168.0.10/hooks")]
    [InlineData("https://172.20.0.1/hooks")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[fd00::1]/hooks")]
    [InlineData("https://[::ffff:10.0.0.1]/hooks")]
    [InlineData("https://0.0.0.0/hooks")]
    [InlineData("ftp://example.org/hooks")]
    [InlineData("not a url")]
    public async Task A_url_that_is_not_https_or_points_at_a_private_address_is_refused_with_a_field_error(string url)
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var (_, partner) = await system.NewPartnerAsync(admin, "webhooks.manage");
        using var partnerClient = partner;

        using var response = await partner.PostAsJsonAsync("/public/v1/webhooks", new { url, eventTypes = new[] { "event.published" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("url", out _), errors.ToString());
        Assert.Equal(0, (await partner.GetFromJsonAsync<JsonElement>("/public/v1/webhooks")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_unknown_event_type_is_refused_with_a_field_error()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var (_, partner) = await system.NewPartnerAsync(admin, "webhooks.manage");
        using var partnerClient = partner;

        using var response = await partner.PostAsJsonAsync("/public/v1/webhooks", new { url = receiver.NewEndpoint(), eventTypes = new[] { "patient.registered" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("eventTypes", (await response.JsonAsync()).GetProperty("errors").ToString());
    }

    [Fact]
    public async Task A_partner_without_webhooks_manage_is_refused_and_another_partner_never_sees_a_subscription()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var (_, owner) = await system.NewPartnerAsync(admin, "webhooks.manage");
        var (_, other) = await system.NewPartnerAsync(admin, "webhooks.manage");
        var (_, calendarOnly) = await system.NewPartnerAsync(admin, "calendar.read");
        using var ownerClient = owner;
        using var otherClient = other;
        using var calendarClient = calendarOnly;
        var url = receiver.NewEndpoint();
        var subscription = await owner.SubscribeAsync(url, "event.published", "statistics.released");

        Assert.Equal(HttpStatusCode.Forbidden, (await calendarOnly.GetAsync("/public/v1/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await calendarOnly.PostAsJsonAsync("/public/v1/webhooks", new { url, eventTypes = new[] { "event.published" } })).StatusCode);
        using var anonymous = system.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/public/v1/webhooks")).StatusCode);
        using var staff = await system.SignInAsync("hajar.admin");
        Assert.Equal(HttpStatusCode.Unauthorized, (await staff.GetAsync($"/public/v1/webhooks/{subscription.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/public/v1/webhooks/{subscription.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/public/v1/webhooks/{subscription.Id}/attempts")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/public/v1/webhooks/{subscription.Id}/rotate-secret", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/public/v1/webhooks/{subscription.Id}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/public/v1/webhooks/{subscription.Id}")).StatusCode);
        Assert.DoesNotContain(url, await other.GetStringAsync("/public/v1/webhooks"), StringComparison.Ordinal);

        var mine = await owner.SubscriptionAsync(subscription.Id);
        Assert.Equal("active", mine.GetProperty("status").GetString());
        Assert.Equal(url, mine.GetProperty("url").GetString());
        Assert.DoesNotContain(subscription.Secret, mine.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/public/v1/webhooks/{subscription.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/public/v1/webhooks/{subscription.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_secret_is_stored_encrypted()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var (_, partner) = await system.NewPartnerAsync(admin, "webhooks.manage");
        using var partnerClient = partner;
        var subscription = await partner.SubscribeAsync(receiver.NewEndpoint(), "event.published");

        await using var connection = new Npgsql.NpgsqlConnection(system.ConnectionString("partnershipsdb"));
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT protected_secret FROM webhook_subscriptions WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", subscription.Id);
        var stored = (string)(await command.ExecuteScalarAsync())!;

        Assert.DoesNotContain(subscription.Secret["whsec_".Length..], stored, StringComparison.Ordinal);
        Assert.StartsWith("v1:", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_then_cancelled_event_reaches_subscribers_of_those_types_only()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var (_, partner) = await system.NewPartnerAsync(admin, "webhooks.manage", "calendar.read");
        using var partnerClient = partner;
        var calendar = receiver.NewEndpoint();
        var referralsOnly = receiver.NewEndpoint();
        var subscription = await partner.SubscribeAsync(calendar, "event.published", "event.cancelled");
        await partner.SubscribeAsync(referralsOnly, "referral.status_changed");

        var eventId = await coordinator.ScheduleIdAsync(EventsApi.NewEvent(daysAhead: 45));
        bool Announced(ReceivedWebhook w, string type) => w.Json.GetProperty("type").GetString() == type && w.Json.GetProperty("data").GetProperty("id").GetString() == eventId.ToString();
        await Eventually.Until(() => Task.FromResult(receiver.At(calendar)), a => a.Any(w => Announced(w, "event.published")), Delivery, "event.published");
        using (var cancelled = await coordinator.PostAsync($"/api/events/events/{eventId}/cancel", null))
        {
            Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        }

        var arrivals = await Eventually.Until(() => Task.FromResult(receiver.At(calendar)), a => a.Any(w => Announced(w, "event.cancelled")), Delivery, "event.cancelled");
        Assert.All(arrivals, a => Assert.True(a.IsSignedWith(subscription.Secret)));
        Assert.Equal("/public/v1/events", arrivals.First(w => Announced(w, "event.published")).Json.GetProperty("data").GetProperty("url").GetString());
        Assert.DoesNotContain(receiver.At(referralsOnly), w => w.Body.Contains(eventId.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_statistics_release_reaches_its_subscribers_with_a_link_to_the_release()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var (_, partner) = await system.NewPartnerAsync(admin, "webhooks.manage", "statistics.read");
        using var partnerClient = partner;
        var endpoint = receiver.NewEndpoint();
        await partner.SubscribeAsync(endpoint, "statistics.released");

        await coordinator.RegisterPatientAsync(Api.NewPatient());

        var arrival = (await Eventually.Until(() => Task.FromResult(receiver.At(endpoint)), a => a.Count >= 1, Delivery, "statistics.released"))[0];
        var data = arrival.Json.GetProperty("data");
        Assert.Equal("statistics.released", arrival.Json.GetProperty("type").GetString());
        Assert.Equal($"/public/v1/statistics?version={data.GetProperty("id").GetString()}", data.GetProperty("url").GetString());
        using var anonymous = system.Anonymous();
        using var release = await anonymous.GetAsync(data.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, release.StatusCode);
    }
}
