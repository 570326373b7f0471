using PatientNetwork.Partnerships.Webhooks;

namespace PatientNetwork.UnitTests.Webhooks;

public sealed class WebhookSubscriptionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private static WebhookSubscription NewSubscription() =>
        WebhookSubscription.Create("partner", "https://example.org/hooks", ["event.published"], null, "v1:current", Now);

    [Fact]
    public void After_a_rotation_both_secrets_sign_until_the_overlap_ends()
    {
        var subscription = NewSubscription();

        subscription.RotateSecret("v1:next", Now.AddHours(24));

        Assert.Equal(["v1:next", "v1:current"], subscription.LiveProtectedSecrets(Now.AddHours(23)));
        Assert.Equal(["v1:next"], subscription.LiveProtectedSecrets(Now.AddHours(24)));
    }

    [Fact]
    public void The_failure_that_reaches_the_limit_disables_the_endpoint_once()
    {
        var subscription = NewSubscription();

        Assert.False(subscription.RecordFailure(3, Now));
        Assert.False(subscription.RecordFailure(3, Now));
        Assert.True(subscription.RecordFailure(3, Now));
        Assert.False(subscription.RecordFailure(3, Now));
        Assert.Equal(WebhookSubscriptionStatus.Disabled, subscription.Status);
        Assert.Contains("3 failed attempts", subscription.DisabledReason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_success_resets_the_count_of_failures_in_a_row()
    {
        var subscription = NewSubscription();
        subscription.RecordFailure(3, Now);
        subscription.RecordFailure(3, Now);

        subscription.RecordSuccess();

        Assert.False(subscription.RecordFailure(3, Now));
        Assert.Equal(WebhookSubscriptionStatus.Active, subscription.Status);
    }

    [Fact]
    public void A_replayed_delivery_starts_its_schedule_again()
    {
        var delivery = WebhookDelivery.Create(Guid.NewGuid(), NewSubscription(), "event.published", "{}", Now);
        delivery.RecordFailure(500, Now, null);
        Assert.Equal(WebhookDeliveryStatus.Failed, delivery.Status);

        delivery.Replay(Now.AddHours(1));

        Assert.Equal(WebhookDeliveryStatus.Pending, delivery.Status);
        Assert.Equal(0, delivery.Attempts);
        Assert.Equal(Now.AddHours(1), delivery.NextAttemptAt);
    }
}
