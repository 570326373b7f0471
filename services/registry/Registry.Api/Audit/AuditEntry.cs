using System.Linq.Expressions;

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

    /// <summary>The patients shown by a list or search (one row per page, not one per patient).</summary>
    public Guid[]? ListedPatientIds { get; private set; }

    public string? Reason { get; private set; }

    public const int MaxReasonLength = 500;

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

    public static AuditEntry Listing(DateTimeOffset at, string staffId, string staffLogin, string associationId, Guid[] patientIds, string filters) => new()
    {
        At = at,
        StaffId = staffId,
        StaffLogin = staffLogin,
        AssociationId = associationId,
        Action = AuditActions.PatientsListed,
        ListedPatientIds = patientIds,
        Reason = filters,
    };

    /// <summary>Rows about one patient: its own, and the pages of lists it appeared on.</summary>
    /// <remarks><c>Contains</c> on the array column becomes <c>listed_patient_ids @&gt; ARRAY[id]</c>, which the GIN index answers.</remarks>
    public static Expression<Func<AuditEntry, bool>> About(Guid patientId) =>
        e => e.PatientId == patientId || e.ListedPatientIds!.Contains(patientId);
}
