using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Webhooks;

/// <summary>
/// Deliveries to a real receiver in the test process, through the real services: signed as Standard Webhooks says,
/// retried after failures with every attempt in the delivery log, replayed on request, stopped by a 410, delayed by
/// a Retry-After, and never held up by another endpoint that hangs.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class WebhookDeliveryTests(PatientNetworkFixture system) : IAsyncLifetime
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);
    private WebhookReceiver receiver = null!;

    public async Task InitializeAsync() => receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await receiver.DisposeAsync();

    [Fact]
    public async Task A_receiver_failing_twice_gets_the_signed_delivery_a_third_time_and_the_log_shows_three_attempts()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var (_, partner) = await system.NewPartnerAsync(admin, "webhooks.manage", "referrals.write", "referrals.read");
        using var partnerClient = partner;
        var endpoint = receiver.NewEndpoint(new ScriptedAnswer(500), new ScriptedAnswer(500));
        var subscription = await partner.SubscribeAsync(endpoint, "referral.status_changed");

        var (referralId, childLastName) = await partner.ReferAndAcceptAsync(coordinator);

        var log = await Eventually.Until(() => partner.AttemptsAsync(subscription.Id), a => a.Count >= 3, Delivery, "three attempts in the log");
        Assert.Equal(new int?[] { 500, 500, 204 }, log.Select(a => (int?)a.GetProperty("statusCode").GetInt32()).ToArray());
        Assert.All(log, a => Assert.True(a.GetProperty("durationMilliseconds").GetInt32() >= 0));
        Assert.Contains("500", log[0].GetProperty("error").GetString());
        var arrivals = receiver.At(endpoint);
        Assert.Equal(3, arrivals.Count);
        Assert.All(arrivals, a => Assert.True(a.IsSignedWith(subscription.Secret), $"signature {a.Signature} of {a.Body}"));
        Assert.Single(arrivals.Select(a => a.Id).Distinct());
        Assert.True(arrivals[1].ArrivedAt - arrivals[0].ArrivedAt >= TimeSpan.FromSeconds(0.9), "the retry waited its delay");

        var payload = arrivals[0].Json;
        Assert.Equal(arrivals[0].Id, payload.GetProperty("id").GetString());
        Assert.Equal("referral.status_changed", payload.GetProperty("type").GetString());
        Assert.Equal(referralId.ToString(), payload.GetProperty("data").GetProperty("id").GetString());
        Assert.Equal($"/public/v1/referrals/{referralId}", payload.GetProperty("data").GetProperty("url").GetString());
        Assert.DoesNotContain(childLastName, arrivals[0].Body, StringComparison.Ordinal);
        using (var linked = await partner.GetAsync(payload.GetProperty("data").GetProperty("url").GetString()))
        {
            Assert.Equal("accepted", (await linked.JsonAsync()).GetProperty("status").GetString());
        }

        var delivery = Assert.Single(await partner.DeliveriesAsync(subscription.Id));
        Assert.Equal("succeeded", delivery.GetProperty("status").GetString());
        Assert.Equal(0, (await partner.SubscriptionAsync(subscription.Id)).GetProperty("consecutiveFailures").GetInt32());

        using var replayed = await partner.PostAsync($"/public/v1/webhooks/{subscription.Id}/deliveries/{delivery.GetProperty("id").GetGuid()}/replay", null);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        await Eventually.Until(() => Task.FromResult(receiver.At(endpoint)), a => a.Count == 4, Delivery, "the replayed delivery");
        var again = receiver.At(endpoint)[3];
        Assert.Equal(arrivals[0].Id, again.Id);
        Assert.True(again.IsSignedWith(subscription.Secret));
        Assert.Equal(arrivals[0].Body, again.Body);
    }

    [Fact]
    public async Task A_410_disables_the_endpoint_with_a_notice_and_failed_deliveries_replay_once_it_is_enabled()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var (partnerId, partner) = await system.NewPartnerAsync(admin, "webhooks.manage", "referrals.write", "referrals.read");
        using var partnerClient = partner;
        var endpoint = receiver.NewEndpoint(new ScriptedAnswer(410));
        var subscription = await partner.SubscribeAsync(endpoint, "referral.status_changed");
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);

        await partner.ReferAndAcceptAsync(coordinator);

        var disabled = await Eventually.Until(() => partner.SubscriptionAsync(subscription.Id), s => s.GetProperty("status").GetString() == "disabled", Delivery, "the endpoint disabled");
        Assert.Contains("410", disabled.GetProperty("disabledReason").GetString());
        Assert.Single(receiver.At(endpoint));
        Assert.Equal("failed", Assert.Single(await partner.DeliveriesAsync(subscription.Id)).GetProperty("status").GetString());
        var overview = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/partnerships/partners/{partnerId}/webhooks");
        Assert.Contains(overview.GetProperty("notices").EnumerateArray(), n => n.GetProperty("subscriptionId").GetGuid() == subscription.Id);

        using (var refused = await partner.PostAsJsonAsync($"/public/v1/webhooks/{subscription.Id}/replay", new { since }))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await partner.PostAsync($"/public/v1/webhooks/{subscription.Id}/enable", null)).StatusCode);
        using var replayed = await partner.PostAsJsonAsync($"/public/v1/webhooks/{subscription.Id}/replay", new { since });
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal(1, (await replayed.JsonAsync()).GetProperty("replayed").GetInt32());
        await Eventually.Until(() => Task.FromResult(receiver.At(endpoint)), a => a.Count == 2, Delivery, "the replayed delivery");
        await Eventually.Until(() => partner.DeliveriesAsync(subscription.Id), d => d[0].GetProperty("status").GetString() == "succeeded", Delivery, "the replay succeeded");
    }

    [Fact]
    public async Task An_endpoint_failing_every_attempt_is_disabled_after_the_failures_in_a_row_with_a_notice()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var (partnerId, partner) = await system.NewPartnerAsync(admin, "webhooks.manage", "referrals.write", "referrals.read");
        using var partnerClient = partner;
        var failures = PatientNetworkFixture.WebhookFailuresBeforeDisabling;
        var endpoint = receiver.NewEndpoint([.. Enumerable.Repeat(new ScriptedAnswer(500), failures + 1)]);
        var subscription = await partner.SubscribeAsync(endpoint, "referral.status_changed");

        await partner.ReferAndAcceptAsync(coordinator);

        var disabled = await Eventually.Until(() => partner.SubscriptionAsync(subscription.Id), s => s.GetProperty("status").GetString() == "disabled", Delivery, "the endpoint disabled");
        Assert.Contains($"{failures} failed attempts in a row", disabled.GetProperty("disabledReason").GetString());
        Assert.Equal(failures, receiver.At(endpoint).Count);
        Assert.Equal(failures, (await partner.AttemptsAsync(subscription.Id)).Count);
        var overview = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/partnerships/partners/{partnerId}/webhooks");
        var notice = Assert.Single(overview.GetProperty("notices").EnumerateArray(), n => n.GetProperty("subscriptionId").GetGuid() == subscription.Id);
        Assert.Contains("in a row", notice.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_tried_again_no_sooner_than_asked()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var (_, partner) = await system.NewPartnerAsync(admin, "webhooks.manage", "referrals.write", "referrals.read");
        using var partnerClient = partner;
        var endpoint = receiver.NewEndpoint(new ScriptedAnswer(429, RetryAfterSeconds: 4));
        var subscription = await partner.SubscribeAsync(endpoint, "referral.status_changed");

        await partner.ReferAndAcceptAsync(coordinator);

        var arrivals = await Eventually.Until(() => Task.FromResult(receiver.At(endpoint)), a => a.Count == 2, Delivery, "the retry after 429");
        // The schedule alone would have retried after about a second.
        Assert.True(arrivals[1].ArrivedAt - arrivals[0].ArrivedAt >= TimeSpan.FromSeconds(3.8), $"retried after {arrivals[1].ArrivedAt - arrivals[0].ArrivedAt}");
        Assert.Equal(new[] { 429, 204 }, (await partner.AttemptsAsync(subscription.Id)).Select(a => a.GetProperty("statusCode").GetInt32()).ToArray());
    }

    [Fact]
    public async Task An_endpoint_that_hangs_does_not_hold_up_another_endpoint_s_delivery()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var (_, partner) = await system.NewPartnerAsync(admin, "webhooks.manage", "referrals.write", "referrals.read");
        using var partnerClient = partner;
        var hanging = receiver.NewEndpoint(new ScriptedAnswer(200, Hang: TimeSpan.FromSeconds(30)), new ScriptedAnswer(200, Hang: TimeSpan.FromSeconds(30)));
        var prompt = receiver.NewEndpoint();
        var slow = await partner.SubscribeAsync(hanging, "referral.status_changed");
        await partner.SubscribeAsync(prompt, "referral.status_changed");

        await partner.ReferAndAcceptAsync(coordinator);
        await Eventually.Until(() => Task.FromResult(receiver.At(hanging)), a => a.Count == 1, Delivery, "the hanging endpoint's first attempt");

        // While the hanging endpoint holds its attempt for the whole timeout, the other endpoint's delivery arrives.
        var waitedFrom = DateTimeOffset.UtcNow;
        await Eventually.Until(() => Task.FromResult(receiver.At(prompt)), a => a.Count == 1, PatientNetworkFixture.WebhookTimeout, "the other endpoint's delivery within the hanging one's timeout");
        Assert.True(DateTimeOffset.UtcNow - waitedFrom < PatientNetworkFixture.WebhookTimeout);

        var log = await Eventually.Until(() => partner.AttemptsAsync(slow.Id), a => a.Count >= 1, Delivery, "the timed-out attempt in the log");
        Assert.False(log[0].TryGetProperty("statusCode", out var status) && status.ValueKind == System.Text.Json.JsonValueKind.Number);
        Assert.Contains("No answer", log[0].GetProperty("error").GetString());
    }

    [Fact]
    public async Task After_a_rotation_each_delivery_carries_a_signature_with_the_old_secret_and_one_with_the_new()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var (_, partner) = await system.NewPartnerAsync(admin, "webhooks.manage", "referrals.write", "referrals.read");
        using var partnerClient = partner;
        var endpoint = receiver.NewEndpoint();
        var subscription = await partner.SubscribeAsync(endpoint, "referral.status_changed");

        using var rotated = await partner.PostAsync($"/public/v1/webhooks/{subscription.Id}/rotate-secret", null);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var body = await rotated.JsonAsync();
        var newSecret = body.GetProperty("secret").GetString()!;
        Assert.NotEqual(subscription.Secret, newSecret);
        Assert.True(body.GetProperty("previousSecretExpiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(23));

        await partner.ReferAndAcceptAsync(coordinator);

        var arrival = (await Eventually.Until(() => Task.FromResult(receiver.At(endpoint)), a => a.Count == 1, Delivery, "the delivery after the rotation"))[0];
        Assert.Equal(2, arrival.SignatureCount);
        Assert.True(arrival.IsSignedWith(subscription.Secret));
        Assert.True(arrival.IsSignedWith(newSecret));
        Assert.False(arrival.IsSignedWith(WebhookSignerSecrets.Unrelated));
    }
}
