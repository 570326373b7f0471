namespace PatientNetwork.Events.BloodDrives.Sites;

/// <summary>Opens a blood drive on an existing event of kind blood drive.</summary>
public sealed record DriveRequest(Guid? EventId, string? Hospital, string? TransfusionCentre);
