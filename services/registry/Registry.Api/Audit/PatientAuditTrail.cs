using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Audit;

/// <summary>Adds audit rows to the current unit of work, so the audit commits with the access it records.</summary>
public sealed class PatientAuditTrail(RegistryDbContext db, TimeProvider time)
{
    public void Record(StaffMember staff, string action, Guid? patientId, string? reason = null) =>
        db.AuditTrail.Add(AuditEntry.Create(time.GetUtcNow(), staff.Id, staff.Login, staff.AssociationId, action, patientId, reason));

    public void RecordList(StaffMember staff, IEnumerable<Guid> patientIds)
    {
        foreach (var patientId in patientIds)
        {
            Record(staff, AuditActions.PatientListed, patientId);
        }
    }
}
