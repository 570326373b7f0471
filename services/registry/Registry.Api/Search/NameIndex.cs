using Microsoft.EntityFrameworkCore;
using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.Registry.Patients;

namespace PatientNetwork.Registry.Search;

/// <summary>Keeps <see cref="PatientNameToken"/> in step with the records that can be listed, in the same SaveChanges.</summary>
public static class NameIndex
{
    public static void IndexName(this RegistryDbContext db, Patient patient) =>
        db.PatientNameTokens.AddRange(PatientNameToken.For(patient));

    /// <summary>A merged or erased record is no longer found by name.</summary>
    public static async Task UnindexNameAsync(this RegistryDbContext db, Guid patientId, CancellationToken cancellationToken) =>
        db.PatientNameTokens.RemoveRange(await db.PatientNameTokens.Where(t => t.PatientId == patientId).ToListAsync(cancellationToken));
}
