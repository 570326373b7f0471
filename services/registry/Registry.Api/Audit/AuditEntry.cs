namespace PatientNetwork.Registry.Audit;

/// <summary>
/// One access to patient data: who, when, what and (for exceptional access) why. Append-only:
/// nothing in the service updates or deletes these rows.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string StaffId { get; private set; } = "";

    public string StaffLogin { get; private set; } = "";

    public string AssociationId { get; private set; } = "";

    public string Action { get; private set; } = "";

    public Guid? PatientId { get; private set; }

    public string? Reason { get; private set; }

    public static AuditEntry Create(DateTimeOffset at, string staffId, string staffLogin, string associationId, string action, Guid? patientId, string? reason) => new()
    {
        At = at,
        StaffId = staffId,
        StaffLogin = staffLogin,
        AssociationId = associationId,
        Action = action,
        PatientId = patientId,
        Reason = reason,
    };
}
