namespace PatientNetwork.Events.BloodDrives.Sites;

/// <summary>A drive in the staff list: its event's title, dates and status, the partners and the number of sites.</summary>
public sealed record DriveListItem(Guid Id, Guid EventId, string? BranchId, string Title, string Status, DateTimeOffset StartsAt, string Hospital, string TransfusionCentre, int Sites);
