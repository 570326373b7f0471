using PatientNetwork.Events.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Events.Audit;

/// <summary>Adds audit rows to the current unit of work, so the audit commits with the access it records.</summary>
public sealed class EventsAuditTrail(EventsDbContext db, TimeProvider time)
{
    public void Record(StaffMember staff, string action, Guid eventId, IEnumerable<Guid> registrationIds, string? details = null) =>
        db.AuditTrail.Add(AuditEntry.Create(time.GetUtcNow(), staff.Id, staff.Login, staff.AssociationId, action, eventId, registrationIds, details));
}
