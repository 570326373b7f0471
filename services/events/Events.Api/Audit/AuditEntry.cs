namespace PatientNetwork.Events.Audit;

/// <summary>
/// One access to registrants' personal data (a participant list, a registration, the CSV): who, when, which event
/// and which registrations. Append-only. A list page is one row naming every registration on it.
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

    public Guid EventId { get; private set; }

    public List<Guid> RegistrationIds { get; private set; } = [];

    /// <summary>The request's filters and page; never a name, email or phone.</summary>
    public string? Details { get; private set; }

    public static AuditEntry Create(DateTimeOffset at, string staffId, string staffLogin, string associationId, string action, Guid eventId, IEnumerable<Guid> registrationIds, string? details) => new()
    {
        At = at,
        StaffId = staffId,
        StaffLogin = staffLogin,
        AssociationId = associationId,
        Action = action,
        EventId = eventId,
        RegistrationIds = registrationIds.ToList(),
        Details = details,
    };
}
