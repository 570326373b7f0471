using PatientNetwork.Events.BloodDrives.Transport;

namespace PatientNetwork.Events.BloodDrives.DriveDay;

/// <summary>At a stop: the donor boarded, or did not come (a no-show of that leg).</summary>
public sealed record BoardingRequest(RunLeg? Leg, bool? Boarded);
