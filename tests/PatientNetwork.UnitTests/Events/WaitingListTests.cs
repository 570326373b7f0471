using PatientNetwork.Events.Registrations;

namespace PatientNetwork.UnitTests.Events;

public sealed class WaitingListTests
{
    private static readonly DateTimeOffset Now = FixedTime.Nov2026.GetUtcNow();
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    [Fact]
    public void Every_status_is_decided_and_only_waitlisted_and_cancelled_hold_no_place()
    {
        Assert.Equal(
            [RegistrationStatus.Registered, RegistrationStatus.Offered, RegistrationStatus.Attended, RegistrationStatus.NoShow],
            CapacityRule.Counting);
        Assert.False(CapacityRule.CountsTowardCapacity(RegistrationStatus.Waitlisted));
        Assert.False(CapacityRule.CountsTowardCapacity(RegistrationStatus.Cancelled));
    }

    [Fact]
    public void Two_freed_places_skip_a_party_of_three_and_go_to_the_next_party_that_fits()
    {
        var three = Waitlisted(adults: 2, children: 1);
        var two = Waitlisted(adults: 1, children: 1);
        var one = Waitlisted(adults: 1);

        var offered = WaitingList.OfferFreedPlaces(new FreePlaces(2, new Dictionary<Guid, int>()), [three, two, one], Now, Lifetime);

        Assert.Equal([two], offered);
        Assert.Equal(RegistrationStatus.Waitlisted, three.Status);
        Assert.Equal(RegistrationStatus.Offered, two.Status);
        Assert.Equal(RegistrationStatus.Waitlisted, one.Status);
        Assert.Equal(Now + Lifetime, two.OfferExpiresAt);
    }

    [Fact]
    public void A_party_is_offered_only_when_it_fits_in_every_session_it_chose()
    {
        var workshop = Guid.NewGuid();
        var wantsWorkshop = Waitlisted(adults: 2, sessions: [workshop]);
        var lectureOnly = Waitlisted(adults: 2);

        var offered = WaitingList.OfferFreedPlaces(new FreePlaces(5, new Dictionary<Guid, int> { [workshop] = 1 }), [wantsWorkshop, lectureOnly], Now, Lifetime);

        Assert.Equal([lectureOnly], offered);
    }

    [Fact]
    public void No_place_free_means_no_offer()
    {
        var party = Waitlisted(adults: 1);

        Assert.Empty(WaitingList.OfferFreedPlaces(new FreePlaces(0, new Dictionary<Guid, int>()), [party], Now, Lifetime));
        Assert.Equal(RegistrationStatus.Waitlisted, party.Status);
    }

    [Fact]
    public void An_offer_is_accepted_before_it_expires_and_refused_after()
    {
        var early = Waitlisted(adults: 1);
        var late = Waitlisted(adults: 1);
        early.Offer(Now, Now.AddHours(1));
        late.Offer(Now, Now.AddHours(1));

        early.AcceptOffer(Now.AddMinutes(59));

        Assert.Equal(RegistrationStatus.Registered, early.Status);
        Assert.Throws<PatientNetwork.Events.AwarenessEvents.EventRuleException>(() => late.AcceptOffer(Now.AddHours(1)));
    }

    [Fact]
    public void A_repeated_scan_counts_once_and_a_waitlisted_party_does_not_enter()
    {
        var registered = Registration.Take(Guid.NewGuid(), new RegistrationRequest("Amina", Adults: 2), NoContact, RegistrationChannel.Staff, "staff", placeFree: true, "ABCDEFGHJKLM", Now);

        Assert.True(registered.Enter(Now));
        Assert.False(registered.Enter(Now));
        Assert.Equal(RegistrationStatus.Attended, registered.Status);
        Assert.Throws<PatientNetwork.Events.AwarenessEvents.EventRuleException>(() => Waitlisted(adults: 1).Enter(Now));
    }

    private static readonly ProtectedContact NoContact = new(null, null);

    private static Registration Waitlisted(int adults, int children = 0, IReadOnlyList<Guid>? sessions = null) =>
        Registration.Take(Guid.NewGuid(), new RegistrationRequest("Party", Adults: adults, Children: children, SessionIds: sessions), NoContact, RegistrationChannel.Public, null, placeFree: false, "ABCDEFGHJKLM", Now);
}
