namespace PatientNetwork.Events.BloodDrives.Donors;

/// <summary>A slot as the public sees it: where, when and how many places are free.</summary>
public sealed record PublicSlotResponse(Guid Id, string Site, string City, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Free, bool Transport);
