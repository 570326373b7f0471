namespace PatientNetwork.Events.BloodDrives.Donors;

/// <summary>A booking as its donor or staff see it: no name, no phone.</summary>
public sealed record BookingResponse(
    Guid Id, string Code, BookingStatus Status, Guid SlotId, DateTimeOffset StartsAt, DateTimeOffset? HoldExpiresAt,
    Guid? PickupPointId, Guid? OutRunId, Guid? BackRunId, DateTimeOffset? PickupAt, bool TransportAtRisk, BookingOutcome Outcome);
