namespace PatientNetwork.Events.Registrations;

/// <summary>
/// Places still free in an event and in each of its sessions with seats of their own, read under the event's
/// row lock. A party fits only whole: every one of its people in the event and in every session it chose.
/// </summary>
public sealed class FreePlaces(int? eventFree, IReadOnlyDictionary<Guid, int> sessionFree)
{
    private readonly Dictionary<Guid, int> sessions = new(sessionFree);

    /// <summary>Free places of the event; null is unlimited.</summary>
    public int? Event { get; private set; } = eventFree;

    public int? Session(Guid sessionId) => sessions.TryGetValue(sessionId, out var free) ? free : null;

    public bool Fits(int partySize, IEnumerable<Guid> sessionIds) =>
        (Event is null || Event >= partySize) && sessionIds.All(s => !sessions.TryGetValue(s, out var free) || free >= partySize);

    public void Take(int partySize, IEnumerable<Guid> sessionIds)
    {
        Event -= partySize;
        foreach (var session in sessionIds.Where(sessions.ContainsKey))
        {
            sessions[session] -= partySize;
        }
    }

    /// <summary>True when at least one place is free everywhere a party could need it: worth looking down the waiting list.</summary>
    public bool AnyFree => Event is null or > 0;
}
