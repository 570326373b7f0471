namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>Sends again every failed delivery of the endpoint created at or after <see cref="Since"/>.</summary>
public sealed record ReplayFailedRequest(DateTimeOffset? Since);
