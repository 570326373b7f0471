namespace PatientNetwork.Events.CheckIn;

/// <summary>
/// The outcome of a scan: the party and whether it is inside now; <c>counted</c> false for a repeated scan, which
/// changed nothing; the live count of people inside and the cap.
/// </summary>
public sealed record CheckInResponse(Guid RegistrationId, int PartySize, bool Inside, bool Counted, int PeopleInside, int? PeopleInsideCap);
