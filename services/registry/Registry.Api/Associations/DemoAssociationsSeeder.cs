using Microsoft.EntityFrameworkCore;
using PatientNetwork.Persistence;
using PatientNetwork.Registry.Infrastructure;

namespace PatientNetwork.Registry.Associations;

/// <summary>Hajar and AMAL (with its Casablanca-Settat and Marrakech-Safi branches), for local runs and tests only.</summary>
internal sealed class DemoAssociationsSeeder : IDatabaseSeeder<RegistryDbContext>
{
    public async Task SeedAsync(RegistryDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Associations.AnyAsync(cancellationToken))
        {
            return;
        }

        var hajar = new Association("hajar", "Association Hajar — primary immunodeficiencies");
        var amal = new Association("amal", "Association AMAL — leukemia");
        amal.Branches.Add(new Branch("casablanca-settat", "amal", "AMAL Casablanca-Settat", "casablanca-settat"));
        amal.Branches.Add(new Branch("marrakech-safi", "amal", "AMAL Marrakech-Safi", "marrakech-safi"));
        db.Associations.AddRange(hajar, amal);
        await db.SaveChangesAsync(cancellationToken);
    }
}
