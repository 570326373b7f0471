namespace PatientNetwork.Events.Registrations;

/// <summary>What the person who registered online sees of their registration: the code is their key to it.</summary>
public sealed record PublicRegistrationResponse(Guid EventId, string Code, RegistrationStatus Status, int PartySize, DateTimeOffset? OfferExpiresAt, int? WaitlistPosition)
{
    public static PublicRegistrationResponse From(Registration r, int? waitlistPosition) => new(r.EventId, r.Code, r.Status, r.PartySize, r.OfferExpiresAt, waitlistPosition);
}
