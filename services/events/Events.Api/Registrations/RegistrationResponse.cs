namespace PatientNetwork.Events.Registrations;

/// <summary>
/// A registration as staff see it. For volunteers the personal fields (name, email, phone, answers, accessibility
/// needs, code) are null: they see the party and its status only.
/// </summary>
public sealed record RegistrationResponse(
    Guid Id,
    Guid EventId,
    long Number,
    RegistrationStatus Status,
    RegistrationChannel Channel,
    int Adults,
    int Children,
    int PartySize,
    IReadOnlyList<Guid> SessionIds,
    string Language,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? OfferExpiresAt,
    int? WaitlistPosition,
    bool Inside,
    string? Name,
    string? Email,
    string? Phone,
    IReadOnlyList<string>? Answers,
    string? AccessibilityNeeds,
    string? Code)
{
    /// <param name="r">The registration.</param>
    /// <param name="waitlistPosition">Its place on the waiting list, when waitlisted.</param>
    /// <param name="contacts">Decrypts the contact for staff who see personal data; null for those who do not.</param>
    public static RegistrationResponse From(Registration r, int? waitlistPosition, RegistrantContacts? contacts)
    {
        var withPersonalData = contacts is not null;
        return new(
        r.Id, r.EventId, r.Number, r.Status, r.Channel, r.Adults, r.Children, r.PartySize, r.SessionIds, r.Language, r.RegisteredAt, r.OfferExpiresAt,
        waitlistPosition, r.Inside,
        withPersonalData ? r.Name : null,
        contacts?.EmailOf(r),
        contacts?.PhoneOf(r),
        withPersonalData ? r.Answers : null,
        withPersonalData ? r.AccessibilityNeeds : null,
        withPersonalData ? r.Code : null);
    }
}
