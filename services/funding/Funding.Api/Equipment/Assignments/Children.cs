using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Equipment.Needs;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Equipment.Assignments;

/// <summary>Who equipment can go to: a child of the staff member's association (and branch, for branch staff) whose known need calls for it.</summary>
public static class Children
{
    public const string NotFoundMessage = "No patient of your association with this id is known to Funding (a new registration arrives within seconds).";

    /// <summary>The child as Funding knows them, or null when they are not the staff member's to serve.</summary>
    public static Task<PatientMobility?> FindAsync(FundingDbContext db, StaffMember staff, Guid patientId, CancellationToken cancellationToken) =>
        db.PatientMobility.AsNoTracking()
            .FirstOrDefaultAsync(m => m.PatientId == patientId && m.AssociationId == staff.AssociationId && (staff.BranchId == null || m.BranchId == staff.BranchId), cancellationToken);

    public static Dictionary<string, string[]> NotFound() => new() { ["patientId"] = [NotFoundMessage] };

    /// <summary>Refuses (409) a child whose record shows no mobility need, an unknown one, or a death.</summary>
    public static void EnsureNeedsEquipment(PatientMobility child)
    {
        if (child.NeedsEquipment)
        {
            return;
        }

        var why = child.Deceased ? "The Registry records the patient as deceased."
            : child.MobilityNeed is null ? "The Registry has not said what mobility need the patient has; record it in the patient's care details first."
            : "The patient's record shows no mobility need; update it in the Registry if the child needs equipment.";
        throw new FundingConflictException("The child has no mobility need on record.", why,
            new Dictionary<string, object?> { ["mobilityNeed"] = child.MobilityNeed });
    }
}
