using Microsoft.EntityFrameworkCore;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.Persistence;

namespace PatientNetwork.Partnerships.Partners;

/// <summary>The partners named by Hajar and AMAL, for local runs and tests only.</summary>
internal sealed class DemoPartnersSeeder : IDatabaseSeeder<PartnershipsDbContext>
{
    private static readonly Partner[] DemoPartners =
    [
        new("asid", "ASID — African Society for Immunodeficiencies", PartnerKind.PatientOrganisation, "MA", "hajar"),
        new("arapid", "ARAPID — Association de recherche et d'aide aux patients atteints de déficits immunitaires", PartnerKind.PatientOrganisation, "MA", "hajar"),
        new("iris", "IRIS — Association nationale des déficits immunitaires primitifs", PartnerKind.PatientOrganisation, "FR", "hajar"),
        new("ipopi", "IPOPI — International Patient Organisation for Primary Immunodeficiencies", PartnerKind.PatientOrganisation, "GB", "hajar"),
        new("mard", "Moroccan Alliance for Rare Diseases", PartnerKind.Alliance, "MA", "hajar"),
        new("chu-ibn-rochd", "CHU Ibn Rochd, Casablanca", PartnerKind.Hospital, "MA", "amal"),
    ];

    public async Task SeedAsync(PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Partners.Select(p => p.Id).ToListAsync(cancellationToken);
        db.Partners.AddRange(DemoPartners.Where(p => !existing.Contains(p.Id)).Select(p => new Partner(p.Id, p.Name, p.Kind, p.Country, p.AssociationId)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
