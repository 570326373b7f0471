namespace PatientNetwork.Events.BloodDrives.Sites;

public sealed record DriveResponse(Guid Id, Guid EventId, string Title, string Status, string Hospital, string TransfusionCentre, IReadOnlyList<SiteResponse> Sites);
