namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>How many deliveries were queued again.</summary>
public sealed record ReplayResponse(int Replayed);
