namespace PatientNetwork.Events.BloodDrives.Transport;

/// <summary>A donor whose run was cancelled with no other seat: a coordinator calls them and finds a ride.</summary>
public sealed record AtRiskEntry(Guid BookingId, string Code, string Name, string? Phone, Guid SlotId, DateTimeOffset StartsAt, Guid? PickupPointId);
