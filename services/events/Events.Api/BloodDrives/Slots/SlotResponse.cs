namespace PatientNetwork.Events.BloodDrives.Slots;

/// <summary>A slot with its free places, no names.</summary>
public sealed record SlotResponse(Guid Id, Guid SiteId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity, int Booked, int Free);
