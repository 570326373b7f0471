namespace PatientNetwork.Funding.Audit;

/// <summary>
/// One access to patient-linked funding data: who, when, what, and which patients. Append-only:
/// nothing in the service updates or deletes these rows. A list page is one row naming every
/// patient on it, so "who saw this patient" still finds it (GIN index on <see cref="PatientIds"/>).
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

    public List<Guid> PatientIds { get; private set; } = [];

    /// <summary>The request's filters and page for a list; never a name or an identifier.</summary>
    public string? Details { get; private set; }

    public static AuditEntry Create(DateTimeOffset at, string staffId, string staffLogin, string associationId, string action, IEnumerable<Guid> patientIds, string? details) => new()
    {
        At = at,
        StaffId = staffId,
        StaffLogin = staffLogin,
        AssociationId = associationId,
        Action = action,
        PatientIds = patientIds.ToList(),
        Details = details,
    };
}
