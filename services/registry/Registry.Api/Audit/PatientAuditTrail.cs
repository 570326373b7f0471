using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Audit;

/// <summary>Adds audit rows to the current unit of work, so the audit commits with the access it records.</summary>
public sealed class PatientAuditTrail(RegistryDbContext db, TimeProvider time)
{
    public void Record(StaffMember staff, string action, Guid? patientId, string? reason = null) =>
        db.AuditTrail.Add(AuditEntry.Create(time.GetUtcNow(), staff.Id, staff.Login, staff.AssociationId, action, patientId, reason));

    /// <summary>A list or search: which filters (never the name typed) and which patients the page showed.</summary>
    public void RecordListing(StaffMember staff, string filters, IEnumerable<Guid> patientIds) =>
        db.AuditTrail.Add(AuditEntry.Listing(time.GetUtcNow(), staff.Id, staff.Login, staff.AssociationId, [.. patientIds], filters));
}
