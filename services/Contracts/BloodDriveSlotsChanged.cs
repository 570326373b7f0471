namespace PatientNetwork.Contracts;

/// <summary>
/// Places of a blood drive's slots changed (slots added or resized, a booking made, confirmed or cancelled). Carries
/// the changed slots whole, each at its own <see cref="PublicDriveSlotSnapshot.Version"/>, so a follower keeps per slot
/// the highest version and ignores older ones arriving late. Counts only: no donor, no staff member.
/// </summary>
public sealed record BloodDriveSlotsChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid AwarenessEventId,
    Guid DriveId,
    IReadOnlyList<PublicDriveSlotSnapshot> Slots) : IIntegrationEvent;
