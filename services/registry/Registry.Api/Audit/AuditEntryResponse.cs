namespace PatientNetwork.Registry.Audit;

public sealed record AuditEntryResponse(long Id, DateTimeOffset At, string StaffId, string StaffLogin, string Action, Guid? PatientId, IReadOnlyList<Guid>? ListedPatientIds, string? Reason)
{
    public static AuditEntryResponse From(AuditEntry e) => new(e.Id, e.At, e.StaffId, e.StaffLogin, e.Action, e.PatientId, e.ListedPatientIds, e.Reason);
}
