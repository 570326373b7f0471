using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Events.Notifications;

namespace PatientNetwork.Events.Registrations;

/// <summary>
/// Every change of who holds a place, each in one transaction that first locks the event's row
/// (<c>SELECT … FOR UPDATE</c>): concurrent registrations, cancellations, offers and expiries of one event,
/// on any instance, take their turn, so the places counted are the places there are and capacity is never
/// passed. The lock is the database's, never an in-memory one, since several instances share the database.
/// </summary>
public sealed class RegistrationDesk(
    EventsDbContext db, TimeProvider time, LockedChangeGate gate, RegistrantNotices notices, RegistrantContacts contacts, IOptions<WaitingListOptions> options, ILogger<RegistrationDesk> logger)
    : IDisposable
{
    private bool inGate;

    /// <summary>
    /// Opens a transaction and locks the event's row (after a slot of <see cref="LockedChangeGate"/>); null when no
    /// event has this id (in the caller's association, if given). The transaction ends with <see cref="CommitAsync"/>,
    /// or is rolled back when the request's scope ends.
    /// </summary>
    public async Task<AwarenessEvent?> LockEventAsync(Guid eventId, string? associationId, CancellationToken cancellationToken)
    {
        await gate.EnterAsync(cancellationToken);
        inGate = true;
        await db.Database.BeginTransactionAsync(cancellationToken);
        var locked = await db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM awareness_events WHERE id = {eventId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        if (locked.Count == 0)
        {
            return null;
        }

        return await db.AwarenessEvents.FirstOrDefaultAsync(e => e.Id == eventId && (associationId == null || e.AssociationId == associationId), cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await db.Database.CommitTransactionAsync(cancellationToken);
        LeaveGate();
    }

    public void Dispose() => LeaveGate();

    private void LeaveGate()
    {
        if (inGate)
        {
            inGate = false;
            gate.Leave();
        }
    }

    /// <summary>Registers the party, or puts it on the waiting list when it does not fit; call with the event locked.</summary>
    public async Task<Registration> RegisterAsync(AwarenessEvent awarenessEvent, RegistrationRequest request, RegistrationChannel channel, string? registeredBy, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        awarenessEvent.RefuseRegistrationUnlessOpen(now, channel == RegistrationChannel.Public);
        var sessions = request.SessionIds?.Distinct().ToList() ?? [];
        if (sessions.Any(id => awarenessEvent.Sessions.All(s => s.Id != id)))
        {
            throw new EventInputException("sessionIds", "A session named is not in this event's programme.");
        }

        if ((request.Answers?.Count ?? 0) != awarenessEvent.Questions.Count)
        {
            throw new EventInputException("answers", $"This event asks {awarenessEvent.Questions.Count} questions; give one answer to each, in order.");
        }

        var partySize = (request.Adults ?? 1) + (request.Children ?? 0);
        if (awarenessEvent.Capacity < partySize || awarenessEvent.Sessions.Any(s => sessions.Contains(s.Id) && s.Capacity < partySize))
        {
            throw new EventRuleException($"A party of {partySize} is larger than the event's or a chosen session's capacity; it could never be seated together.");
        }

        var free = await FreePlacesAsync(awarenessEvent, cancellationToken);
        var contact = contacts.Protect(request.Email, request.Phone);
        var registration = Registration.Take(awarenessEvent.Id, request, contact, channel, registeredBy, free.Fits(partySize, sessions), RegistrationCodes.New(), now);
        db.Registrations.Add(registration);
        notices.Confirm(awarenessEvent, registration);
        return registration;
    }

    /// <summary>Takes up the place offered, with a confirmation that the place is now held; call with the event locked.</summary>
    public void AcceptOffer(AwarenessEvent awarenessEvent, Registration registration)
    {
        registration.AcceptOffer(time.GetUtcNow());
        notices.Confirm(awarenessEvent, registration);
    }

    /// <summary>Cancels the registration and offers the places it held; call with the event locked.</summary>
    public async Task CancelAsync(AwarenessEvent awarenessEvent, Registration registration, CancellationToken cancellationToken)
    {
        var heldPlaces = CapacityRule.CountsTowardCapacity(registration.Status);
        registration.Cancel(time.GetUtcNow());
        if (heldPlaces)
        {
            await db.SaveChangesAsync(cancellationToken);
            await OfferFreedPlacesAsync(awarenessEvent, cancellationToken);
        }
    }

    /// <summary>Passes the event's expired offers on to the next parties in line; call with the event locked.</summary>
    public async Task<int> ExpireOffersAsync(AwarenessEvent awarenessEvent, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expired = await db.Registrations
            .Where(r => r.EventId == awarenessEvent.Id && r.Status == RegistrationStatus.Offered && r.OfferExpiresAt <= now)
            .ToListAsync(cancellationToken);
        foreach (var offer in expired)
        {
            offer.ExpireOffer(now);
        }

        if (expired.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            await OfferFreedPlacesAsync(awarenessEvent, cancellationToken);
        }

        return expired.Count;
    }

    /// <summary>Offers whatever places are free to the waiting list (after a cancellation, an expiry or a larger capacity); call with the event locked.</summary>
    public async Task OfferFreedPlacesAsync(AwarenessEvent awarenessEvent, CancellationToken cancellationToken)
    {
        if (!awarenessEvent.TakesRegistrations)
        {
            return;
        }

        var free = await FreePlacesAsync(awarenessEvent, cancellationToken);
        if (!free.AnyFree)
        {
            return;
        }

        var waitlisted = await db.Registrations
            .Where(r => r.EventId == awarenessEvent.Id && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.Number)
            .ToListAsync(cancellationToken);
        var lifetime = awarenessEvent.OfferLifetime ?? options.Value.OfferLifetime;
        var offered = WaitingList.OfferFreedPlaces(free, waitlisted, time.GetUtcNow(), lifetime);
        foreach (var party in offered)
        {
            notices.Offer(awarenessEvent, party);
            Log.PlaceOffered(logger, party.Id, awarenessEvent.Id, party.PartySize);
        }
    }

    /// <summary>Places taken in the event and in each of its sessions with seats, counted with <see cref="CapacityRule"/>.</summary>
    public async Task<FreePlaces> FreePlacesAsync(AwarenessEvent awarenessEvent, CancellationToken cancellationToken)
    {
        var counted = db.Registrations.Where(r => r.EventId == awarenessEvent.Id && CapacityRule.Counting.Contains(r.Status));
        int? eventFree = awarenessEvent.Capacity is { } capacity ? capacity - await counted.SumAsync(r => r.Adults + r.Children, cancellationToken) : null;
        var sessionFree = new Dictionary<Guid, int>();
        foreach (var session in awarenessEvent.Sessions.Where(s => s.Capacity is not null))
        {
            var taken = await counted.Where(r => r.SessionIds.Contains(session.Id)).SumAsync(r => r.Adults + r.Children, cancellationToken);
            sessionFree[session.Id] = session.Capacity!.Value - taken;
        }

        return new FreePlaces(eventFree, sessionFree);
    }

    /// <summary>Places held in the event (for a capacity change), counted with <see cref="CapacityRule"/>.</summary>
    public Task<int> PlacesTakenAsync(Guid eventId, Guid? sessionId, CancellationToken cancellationToken) =>
        db.Registrations
            .Where(r => r.EventId == eventId && CapacityRule.Counting.Contains(r.Status) && (sessionId == null || r.SessionIds.Contains(sessionId.Value)))
            .SumAsync(r => r.Adults + r.Children, cancellationToken);

    /// <summary>The registration's place on the waiting list, 1 for the first in line.</summary>
    public async Task<int> WaitlistPositionAsync(Registration registration, CancellationToken cancellationToken) =>
        1 + await db.Registrations.CountAsync(
            r => r.EventId == registration.EventId && r.Status == RegistrationStatus.Waitlisted && r.Number < registration.Number, cancellationToken);
}
