using PatientNetwork.Events.Notifications;
using PatientNetwork.Events.Places;

namespace PatientNetwork.UnitTests.Events;

public sealed class NotificationRetryTests
{
    private static readonly DateTimeOffset Now = FixedTime.Nov2026.GetUtcNow();
    private static readonly TimeSpan First = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Cap = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(8, 256)]
    [InlineData(9, 300)]
    [InlineData(60, 300)]
    public void Each_failure_doubles_the_wait_up_to_the_cap(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Notification.Backoff(failures, First, Cap));

    [Fact]
    public void A_failed_send_waits_and_a_send_after_it_marks_the_notification_sent()
    {
        var notification = Queue();

        var givenUp = notification.MarkFailed(Now, "SocketException", First, Cap, maxAttempts: 5);
        notification.MarkSent(Now.AddSeconds(3));

        Assert.False(givenUp);
        Assert.Equal(Now + First, notification.NextAttemptAt);
        Assert.Equal(2, notification.Attempts);
        Assert.Equal(Now.AddSeconds(3), notification.SentAt);
        Assert.Null(notification.LastFailure);
    }

    [Fact]
    public void A_direct_text_forgets_its_number_and_words_once_sent_but_keeps_them_while_it_is_retried()
    {
        var notification = Notification.QueueDirectSms(Guid.NewGuid(), "thanks:drive:donor", "v1:phone-ciphertext", "v1:text-ciphertext", Now);

        notification.MarkFailed(Now, "HttpRequestException", First, Cap, maxAttempts: 5);
        Assert.Equal("v1:phone-ciphertext", notification.DirectRecipient);
        Assert.Equal("v1:text-ciphertext", notification.DirectText);

        notification.MarkSent(Now.AddSeconds(3));
        Assert.Null(notification.DirectRecipient);
        Assert.Null(notification.DirectText);
    }

    [Fact]
    public void A_notification_is_given_up_after_its_last_attempt()
    {
        var notification = Queue();
        for (var i = 0; i < 2; i++)
        {
            Assert.False(notification.MarkFailed(Now, "SocketException", First, Cap, maxAttempts: 3));
        }

        Assert.True(notification.MarkFailed(Now, "SocketException", First, Cap, maxAttempts: 3));
        Assert.Equal(Now, notification.AbandonedAt);
    }

    [Fact]
    public void The_facts_kept_for_sending_are_the_event_s_not_the_person_s()
    {
        var notification = Queue();

        Assert.Equal("Atelier d'art-thérapie", notification.Facts.Title);
        Assert.Equal("Settat", notification.Facts.City!.Fr);
        Assert.DoesNotContain("@", notification.FactsJson, StringComparison.Ordinal);
    }

    private static Notification Queue() => Notification.Queue(
        Guid.NewGuid(), Guid.NewGuid(), NotificationKind.Reminder, NotificationChannel.Email, "Reminder:x:1:email", "fr",
        new NotificationFacts("Atelier d'art-thérapie", Now.AddDays(1), "Hôpital Hassan II", new CityName("settat", "سطات", "Settat", "Settat"), null, false),
        Now);
}
