namespace PatientNetwork.Events.BloodDrives.Transport;

/// <summary>What a cancelled run did to its passengers: each moved to another run or flagged "transport at risk".</summary>
public sealed record RunCancellation(Guid RunId, int Passengers, int Moved, int AtRisk);
