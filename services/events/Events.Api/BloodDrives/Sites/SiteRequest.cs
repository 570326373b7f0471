namespace PatientNetwork.Events.BloodDrives.Sites;

/// <summary>A site of a drive; its slots are generated from these figures.</summary>
public sealed record SiteRequest(string? Name, string? City, int? WaitingRoom, int? Chairs, int? MinutesPerDonor, int? SlotMinutes, IReadOnlyList<OpeningHours>? OpeningHours);
