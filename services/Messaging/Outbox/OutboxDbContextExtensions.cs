using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;

namespace PatientNetwork.Messaging.Outbox;

public static class OutboxDbContextExtensions
{
    /// <summary>Queues the event in the outbox; it is saved, and later published, with the caller's SaveChanges.</summary>
    public static void AddIntegrationEvent(this DbContext db, IIntegrationEvent integrationEvent) =>
        db.Set<OutboxMessage>().Add(OutboxMessage.For(integrationEvent));

    /// <summary>Queues several events, in order, with the caller's SaveChanges.</summary>
    public static void AddIntegrationEvents(this DbContext db, IEnumerable<IIntegrationEvent> integrationEvents) =>
        db.Set<OutboxMessage>().AddRange(integrationEvents.Select(OutboxMessage.For));
}
