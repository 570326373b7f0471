namespace PatientNetwork.Contracts;

/// <summary>
/// What the public calendar shows of one blood-drive slot as of <see cref="Version"/> (raised under the slot's row lock
/// on every change, so versions of one slot never tie). <see cref="HeldUntil"/> lists when each online booking still
/// awaiting its SMS confirmation stops holding its place: free places are
/// <c>Capacity − Booked − (holds not yet expired)</c>, so an expired hold frees its place without another message.
/// </summary>
public sealed record PublicDriveSlotSnapshot(
    Guid SlotId,
    int Version,
    string Site,
    string City,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Capacity,
    int Booked,
    IReadOnlyList<DateTimeOffset> HeldUntil);
