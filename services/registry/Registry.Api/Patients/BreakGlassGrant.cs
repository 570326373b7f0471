namespace PatientNetwork.Registry.Patients;

/// <summary>
/// Emergency read access to one patient outside the staff member's branch: time-limited, with a
/// mandatory reason, and audited when granted and at every read it allows.
/// </summary>
public sealed class BreakGlassGrant
{
    private BreakGlassGrant()
    {
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public string StaffId { get; private set; } = "";

    public string AssociationId { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public DateTimeOffset GrantedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public static BreakGlassGrant Open(Guid patientId, string staffId, string associationId, string reason, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(now),
        PatientId = patientId,
        StaffId = staffId,
        AssociationId = associationId,
        Reason = reason,
        GrantedAt = now,
        ExpiresAt = now + lifetime,
    };
}
