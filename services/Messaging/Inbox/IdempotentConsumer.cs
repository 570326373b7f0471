using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using PatientNetwork.Contracts;

namespace PatientNetwork.Messaging.Inbox;

/// <summary>
/// A consumer that handles each integration event at most once: the inbox row and the state change
/// commit in one transaction, so a redelivery (broker retry, duplicate publish, replay) finds the row
/// and changes nothing. Anything the handler adds to the outbox commits in the same transaction.
/// The inbox key is <see cref="InboxName"/>, never the class name, so renaming a consumer keeps
/// its de-duplication.
/// </summary>
public abstract class IdempotentConsumer<TEvent, TDbContext>(TDbContext db, TimeProvider time, ILogger logger) : IConsumer<TEvent>
    where TEvent : class, IIntegrationEvent
    where TDbContext : DbContext
{
    private const string InboxPrimaryKey = "pk_inbox_messages";

    protected TDbContext Db { get; } = db;

    protected TimeProvider Time { get; } = time;

    /// <summary>
    /// This consumer's key in <c>inbox_messages</c>: a string literal that never changes once the
    /// consumer has handled an event, and unique among the consumers of one service (at most 200
    /// characters). Changing it makes the consumer handle every redelivered event again.
    /// </summary>
    public abstract string InboxName { get; }

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var eventId = context.Message.EventId;
        var consumer = InboxName;
        var cancellationToken = context.CancellationToken;

        if (await Db.Set<InboxMessage>().AnyAsync(m => m.EventId == eventId && m.Consumer == consumer, cancellationToken))
        {
            logger.LogInformation("Event {EventId} was already handled by {Consumer}; ignoring the redelivery", eventId, consumer);
            return;
        }

        await HandleAsync(context.Message, cancellationToken);
        Db.Set<InboxMessage>().Add(new InboxMessage(eventId, consumer, Time.GetUtcNow()));
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: InboxPrimaryKey })
        {
            // A concurrent delivery of the same event committed first; ours is the duplicate.
            Db.ChangeTracker.Clear();
            logger.LogInformation("Event {EventId} was handled concurrently by another {Consumer}", eventId, consumer);
            return;
        }

        await AfterCommitAsync(context.Message, cancellationToken);
    }

    protected abstract Task HandleAsync(TEvent message, CancellationToken cancellationToken);

    /// <summary>Side effects outside the database (cache invalidation), run only once the change is committed.</summary>
    protected virtual Task AfterCommitAsync(TEvent message, CancellationToken cancellationToken) => Task.CompletedTask;
}
