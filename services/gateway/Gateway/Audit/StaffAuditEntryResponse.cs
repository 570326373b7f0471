namespace PatientNetwork.Gateway.Audit;

public sealed record StaffAuditEntryResponse(
    long Id, DateTimeOffset At, string Action, Guid? ActorId, string? ActorLogin, Guid? AccountId, string AccountLogin, string? Reason, string ClientAddress)
{
    public static StaffAuditEntryResponse From(StaffAuditEntry e) => new(e.Id, e.At, e.Action, e.ActorId, e.ActorLogin, e.AccountId, e.AccountLogin, e.Reason, e.ClientAddress);
}
