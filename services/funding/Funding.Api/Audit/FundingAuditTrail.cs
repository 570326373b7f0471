using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Audit;

/// <summary>Adds audit rows to the current unit of work, so the audit commits with the access it records.</summary>
public sealed class FundingAuditTrail(FundingDbContext db, TimeProvider time)
{
    public void Record(StaffMember staff, string action, IEnumerable<Guid> patientIds, string? details = null) =>
        db.AuditTrail.Add(AuditEntry.Create(time.GetUtcNow(), staff.Id, staff.Login, staff.AssociationId, action, patientIds, details));
}
