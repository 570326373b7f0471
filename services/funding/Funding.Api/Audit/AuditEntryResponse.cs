namespace PatientNetwork.Funding.Audit;

public sealed record AuditEntryResponse(long Id, DateTimeOffset At, string StaffId, string StaffLogin, string Action, IReadOnlyList<Guid> PatientIds, string? Details)
{
    public static AuditEntryResponse From(AuditEntry e) => new(e.Id, e.At, e.StaffId, e.StaffLogin, e.Action, e.PatientIds, e.Details);
}
