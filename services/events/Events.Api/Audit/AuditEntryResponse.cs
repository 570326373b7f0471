namespace PatientNetwork.Events.Audit;

public sealed record AuditEntryResponse(long Id, DateTimeOffset At, string StaffId, string StaffLogin, string Action, Guid EventId, IReadOnlyList<Guid> RegistrationIds, string? Details)
{
    public static AuditEntryResponse From(AuditEntry e) => new(e.Id, e.At, e.StaffId, e.StaffLogin, e.Action, e.EventId, e.RegistrationIds, e.Details);
}
