namespace PatientNetwork.Events.Registrations;

/// <summary>
/// Who gets freed places: the waitlisted parties in order of arrival, each offered a place only when the whole
/// party fits (in the event and in every session it chose); a party that does not fit keeps its turn and the next
/// that fits is offered. Runs in the transaction that freed the places, under the event's row lock, so a freed
/// place is offered exactly once whichever instance freed it, and a crash rolls back the freeing with the offer.
/// </summary>
public static class WaitingList
{
    /// <returns>The parties offered a place, in order.</returns>
    public static IReadOnlyList<Registration> OfferFreedPlaces(FreePlaces free, IEnumerable<Registration> waitlistedInOrder, DateTimeOffset now, TimeSpan offerLifetime)
    {
        var offered = new List<Registration>();
        foreach (var party in waitlistedInOrder)
        {
            if (!free.AnyFree)
            {
                break;
            }

            if (party.Status == RegistrationStatus.Waitlisted && free.Fits(party.PartySize, party.SessionIds))
            {
                party.Offer(now, now + offerLifetime);
                free.Take(party.PartySize, party.SessionIds);
                offered.Add(party);
            }
        }

        return offered;
    }
}
