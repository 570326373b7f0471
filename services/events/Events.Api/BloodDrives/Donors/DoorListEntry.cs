namespace PatientNetwork.Events.BloodDrives.Donors;

/// <summary>A donor on a slot's list at the door; <see cref="Phone"/> only for coordinators and admins.</summary>
public sealed record DoorListEntry(Guid BookingId, string Code, string Name, string? Phone, BookingStatus Status, bool WithTransport, bool TransportAtRisk, bool CheckedIn, bool Inside, BookingOutcome Outcome);
