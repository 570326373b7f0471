namespace PatientNetwork.Events.Registrations;

/// <summary>
/// A party registered for an event: one contact person, the adults and children who come, the sessions with
/// seats of their own it chose, its answers and accessibility needs. <see cref="Number"/> is its place in the
/// order of arrival (taken under the event's row lock), which is the waiting list's order.
/// </summary>
public sealed class Registration
{
    public const int MaxPartySize = 20;

    private Registration()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>Arrival order, from a database sequence, taken while the event's row is locked.</summary>
    public long Number { get; private set; }

    public RegistrationStatus Status { get; private set; }

    public RegistrationChannel Channel { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The contact email, encrypted at rest (<see cref="RegistrantContacts"/>); null when none was given.</summary>
    public string? EmailCiphertext { get; private set; }

    /// <summary>The contact phone (normalised to E.164), encrypted at rest; null when none was given.</summary>
    public string? PhoneCiphertext { get; private set; }

    /// <summary>The language the person reads: ar, fr or en.</summary>
    public string Language { get; private set; } = "fr";

    public int Adults { get; private set; }

    public int Children { get; private set; }

    public List<Guid> SessionIds { get; private set; } = [];

    public List<string> Answers { get; private set; } = [];

    public string? AccessibilityNeeds { get; private set; }

    /// <summary>The code on the confirmation: shown at the door, and the public's key to its own registration.</summary>
    public string Code { get; private set; } = "";

    public DateTimeOffset RegisteredAt { get; private set; }

    public string? RegisteredBy { get; private set; }

    public DateTimeOffset StatusSince { get; private set; }

    public DateTimeOffset? OfferExpiresAt { get; private set; }

    public bool Inside { get; private set; }

    public DateTimeOffset? FirstEnteredAt { get; private set; }

    public int PartySize => Adults + Children;

    public static Registration Take(Guid eventId, RegistrationRequest request, ProtectedContact contact, RegistrationChannel channel, string? registeredBy, bool placeFree, string code, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        EventId = eventId,
        Status = placeFree ? RegistrationStatus.Registered : RegistrationStatus.Waitlisted,
        Channel = channel,
        Name = request.Name!.Trim(),
        EmailCiphertext = contact.EmailCiphertext,
        PhoneCiphertext = contact.PhoneCiphertext,
        Language = request.Language ?? "fr",
        Adults = request.Adults ?? 1,
        Children = request.Children ?? 0,
        SessionIds = request.SessionIds?.Distinct().ToList() ?? [],
        Answers = request.Answers?.Select(a => a.Trim()).ToList() ?? [],
        AccessibilityNeeds = string.IsNullOrWhiteSpace(request.AccessibilityNeeds) ? null : request.AccessibilityNeeds.Trim(),
        Code = code,
        RegisteredAt = now,
        RegisteredBy = registeredBy,
        StatusSince = now,
    };

    /// <summary>Re-encrypts the stored contact (a key rotation): <paramref name="email"/> and <paramref name="phone"/> map a ciphertext to its new form.</summary>
    public void RewrapContact(Func<string, string> email, Func<string, string> phone)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(phone);
        EmailCiphertext = EmailCiphertext is null ? null : email(EmailCiphertext);
        PhoneCiphertext = PhoneCiphertext is null ? null : phone(PhoneCiphertext);
    }

    /// <summary>Offers a freed place to a waitlisted party until <paramref name="expiresAt"/>.</summary>
    public void Offer(DateTimeOffset now, DateTimeOffset expiresAt)
    {
        Require(Status == RegistrationStatus.Waitlisted, "Only a waitlisted party is offered a place.");
        SetStatus(RegistrationStatus.Offered, now);
        OfferExpiresAt = expiresAt;
    }

    public void AcceptOffer(DateTimeOffset now)
    {
        Require(Status == RegistrationStatus.Offered, "There is no place on offer for this registration.");
        Require(OfferExpiresAt > now, "The offer has expired; the place goes to the next party in line.");
        SetStatus(RegistrationStatus.Registered, now);
        OfferExpiresAt = null;
    }

    /// <summary>An offer not taken in time: the party leaves the line (it may register again) and the place is offered on.</summary>
    public void ExpireOffer(DateTimeOffset now)
    {
        Require(Status == RegistrationStatus.Offered, "Only an offer expires.");
        SetStatus(RegistrationStatus.Cancelled, now);
    }

    public void Cancel(DateTimeOffset now)
    {
        Require(Status is RegistrationStatus.Registered or RegistrationStatus.Waitlisted or RegistrationStatus.Offered,
            $"A registration that is {Describe(Status)} is not cancelled.");
        SetStatus(RegistrationStatus.Cancelled, now);
        OfferExpiresAt = null;
    }

    /// <summary>Counts the party in at the door; false when it is already inside (a repeated scan counts once).</summary>
    public bool Enter(DateTimeOffset now)
    {
        Require(Status is RegistrationStatus.Registered or RegistrationStatus.Attended, $"A registration that is {Describe(Status)} does not enter.");
        if (Inside)
        {
            return false;
        }

        Inside = true;
        FirstEnteredAt ??= now;
        if (Status != RegistrationStatus.Attended)
        {
            SetStatus(RegistrationStatus.Attended, now);
        }

        return true;
    }

    /// <summary>Counts the party out; false when it was not inside.</summary>
    public bool Leave()
    {
        if (!Inside)
        {
            return false;
        }

        Inside = false;
        return true;
    }

    /// <summary>After the event: a registered party that never came.</summary>
    public void MarkNoShow(DateTimeOffset now)
    {
        Require(Status == RegistrationStatus.Registered, "Only a registered party is marked as not having come.");
        SetStatus(RegistrationStatus.NoShow, now);
    }

    private void SetStatus(RegistrationStatus status, DateTimeOffset now)
    {
        Status = status;
        StatusSince = now;
    }

    private static void Require(bool condition, string refusal)
    {
        if (!condition)
        {
            throw new AwarenessEvents.EventRuleException(refusal);
        }
    }

    private static string Describe(RegistrationStatus status) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());
}
