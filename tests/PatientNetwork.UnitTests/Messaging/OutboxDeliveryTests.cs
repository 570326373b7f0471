using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Outbox;

namespace PatientNetwork.UnitTests.Messaging;

public sealed class OutboxDeliveryTests
{
    private static readonly DateTimeOffset Start = FixedTime.Nov2026.GetUtcNow();
    private static readonly OutboxParkingRule Parking = new OutboxOptions().Parking;

    [Fact]
    public async Task A_readable_row_is_published_and_marked_sent()
    {
        var row = OutboxMessage.For(Registered());
        IIntegrationEvent? published = null;

        var result = await DeliverAsync(row, Start, e => { published = e; return Task.CompletedTask; });

        Assert.Equal(OutboxDeliveryOutcome.Sent, result.Outcome);
        Assert.Equal(row.Id, published!.EventId);
        Assert.Equal(Start, row.SentAt);
    }

    [Fact]
    public async Task A_broker_outage_of_a_day_never_parks_a_row()
    {
        var row = OutboxMessage.For(Registered());

        for (var minute = 0; minute < 24 * 60; minute += 1)
        {
            var result = await DeliverAsync(row, Start.AddMinutes(minute), _ => throw new TimeoutException("no publisher confirm"));
            Assert.Equal(OutboxDeliveryOutcome.Held, result.Outcome);
        }

        Assert.Null(row.ParkedAt);
        Assert.Equal(24 * 60, row.Attempts);
        Assert.Equal("no publisher confirm", row.LastError);
    }

    [Fact]
    public async Task A_row_of_an_unknown_type_is_held_then_parked_and_never_reaches_the_bus()
    {
        var row = Unreadable();
        var publishes = 0;
        var outcomes = new List<OutboxDeliveryOutcome>();

        for (var attempt = 0; attempt < 10; attempt++)
        {
            var result = await DeliverAsync(row, Start.AddMinutes(attempt * 1.2), _ => { publishes++; return Task.CompletedTask; });
            outcomes.Add(result.Outcome);
        }

        Assert.All(outcomes.Take(9), outcome => Assert.Equal(OutboxDeliveryOutcome.Held, outcome));
        Assert.Equal(OutboxDeliveryOutcome.Parked, outcomes[^1]);
        Assert.Equal(0, publishes);
        Assert.Contains("NoSuchEvent", row.LastError, StringComparison.Ordinal);
        Assert.Null(row.SentAt);
    }

    [Fact]
    public async Task A_batch_s_rows_are_all_published_before_the_first_confirm_comes_back()
    {
        var rows = Enumerable.Range(0, 5).Select(_ => OutboxMessage.For(Registered())).ToList();
        var confirm = new TaskCompletionSource();
        var allPublished = new TaskCompletionSource();
        var published = new List<Guid>();

        var pass = DeliverBatchAsync(rows, Start, async (row, _) =>
        {
            lock (published)
            {
                published.Add(row.Id);
                if (published.Count == rows.Count)
                {
                    allPublished.SetResult();
                }
            }

            await confirm.Task;
        });

        var first = await Task.WhenAny(allPublished.Task, Task.Delay(TimeSpan.FromSeconds(10)));
        confirm.SetResult();
        var results = await pass;

        Assert.Same(allPublished.Task, first);
        Assert.Equal(rows.Select(r => r.Id), published);
        Assert.All(results, result => Assert.Equal(OutboxDeliveryOutcome.Sent, result.Result.Outcome));
    }

    [Fact]
    public async Task Rows_behind_an_unreadable_row_wait_for_a_later_pass_and_keep_their_order()
    {
        var (before, poison, behind) = (OutboxMessage.For(Registered()), Unreadable(), OutboxMessage.For(Registered()));
        var published = new List<Guid>();

        var results = await DeliverBatchAsync([before, poison, behind], Start, (row, _) => { published.Add(row.Id); return Task.CompletedTask; });

        Assert.Equal([before.Id], published);
        Assert.Equal([OutboxDeliveryOutcome.Sent, OutboxDeliveryOutcome.Held], results.Select(r => r.Result.Outcome));
        Assert.Null(behind.SentAt);
    }

    [Fact]
    public async Task A_failed_publish_is_held_while_the_rows_published_with_it_stay_sent()
    {
        var rows = Enumerable.Range(0, 3).Select(_ => OutboxMessage.For(Registered())).ToList();

        var results = await DeliverBatchAsync(rows, Start, (row, _) => row == rows[1] ? throw new TimeoutException("no publisher confirm") : Task.CompletedTask);

        Assert.Equal([OutboxDeliveryOutcome.Sent, OutboxDeliveryOutcome.Held, OutboxDeliveryOutcome.Sent], results.Select(r => r.Result.Outcome));
        Assert.Null(rows[1].SentAt);
        Assert.Equal(1, rows[1].Attempts);
        Assert.NotNull(rows[2].SentAt);
    }

    private static async Task<OutboxDeliveryResult> DeliverAsync(OutboxMessage row, DateTimeOffset at, Func<IIntegrationEvent, Task> publish) =>
        (await DeliverBatchAsync([row], at, (_, e) => publish(e))).Single().Result;

    private static Task<IReadOnlyList<(OutboxMessage Message, OutboxDeliveryResult Result)>> DeliverBatchAsync(
        IReadOnlyList<OutboxMessage> rows, DateTimeOffset at, Func<OutboxMessage, IIntegrationEvent, Task> publish) =>
        OutboxDelivery.DeliverBatchAsync(rows, publish, new FixedTime(at), Parking, CancellationToken.None);

    private static PatientRegistered Registered() =>
        new(Guid.NewGuid(), Start, Guid.NewGuid(), "hajar", null, "leukemia", "casablanca-settat", true);

    /// <summary>A row as a newer version, a hand edit or a removed contract could leave it: a type name nobody knows.</summary>
    private static OutboxMessage Unreadable()
    {
        var row = OutboxMessage.For(Registered());
        typeof(OutboxMessage).GetProperty(nameof(OutboxMessage.Type))!.SetValue(row, "PatientNetwork.Contracts.NoSuchEvent");
        return row;
    }
}
