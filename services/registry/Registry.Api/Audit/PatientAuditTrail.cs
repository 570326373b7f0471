using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Audit;

/// <summary>Adds audit rows to the current unit of work, so the audit commits with the access it records.</summary>
public sealed class PatientAuditTrail(RegistryDbContext db, TimeProvider time)
{
    /// <summary>
    /// A reason longer than the column (a staff reason of up to 500 characters with a prefix such as
    /// "absorbed PN-…: ") is cut to fit, so recording an access can never fail the access itself.
    /// </summary>
    public void Record(StaffMember staff, string action, Guid? patientId, string? reason = null) =>
        db.AuditTrail.Add(AuditEntry.Create(time.GetUtcNow(), staff.Id, staff.Login, staff.AssociationId, action, patientId, FitReason(reason)));

    /// <summary>A list or search: which filters (never the name typed) and which patients the page showed.</summary>
    public void RecordListing(StaffMember staff, string filters, IEnumerable<Guid> patientIds) =>
        db.AuditTrail.Add(AuditEntry.Listing(time.GetUtcNow(), staff.Id, staff.Login, staff.AssociationId, [.. patientIds], filters));

    private static string? FitReason(string? reason) =>
        reason is { Length: > AuditEntry.MaxReasonLength } ? reason[..AuditEntry.MaxReasonLength] : reason;
}
