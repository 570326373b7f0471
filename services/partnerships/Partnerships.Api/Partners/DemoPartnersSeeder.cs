using Microsoft.EntityFrameworkCore;
using PatientNetwork.Partnerships.Agreements;
using PatientNetwork.Partnerships.Credentials;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.Persistence;
using PatientNetwork.Protection;

namespace PatientNetwork.Partnerships.Partners;

/// <summary>
/// The partners named by Hajar and AMAL, for local runs and tests only, each with an active open-ended agreement
/// sharing the scopes a partner of its kind is given credentials for (no contacts: nobody real to name).
/// </summary>
internal sealed class DemoPartnersSeeder(FieldEncryptor encryptor, TimeProvider time) : IDatabaseSeeder<PartnershipsDbContext>
{
    private const string SeededBy = "system:demo-data";

    private static readonly Partner[] DemoPartners =
    [
        new("asid", "ASID — African Society for Immunodeficiencies", PartnerKind.PatientOrganisation, "MA", "hajar"),
        new("arapid", "ARAPID — Association de recherche et d'aide aux patients atteints de déficits immunitaires", PartnerKind.PatientOrganisation, "MA", "hajar"),
        new("iris", "IRIS — Association nationale des déficits immunitaires primitifs", PartnerKind.PatientOrganisation, "FR", "hajar"),
        new("ipopi", "IPOPI — International Patient Organisation for Primary Immunodeficiencies", PartnerKind.PatientOrganisation, "GB", "hajar"),
        new("mard", "Moroccan Alliance for Rare Diseases", PartnerKind.Alliance, "MA", "hajar"),
        new("chu-ibn-rochd", "CHU Ibn Rochd, Casablanca", PartnerKind.Hospital, "MA", "amal"),
    ];

    private static readonly string[] InformationScopes = [PartnerScopes.StatisticsRead, PartnerScopes.CalendarRead, PartnerScopes.WebhooksManage];

    public async Task SeedAsync(PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Partners.Select(p => p.Id).ToListAsync(cancellationToken);
        db.Partners.AddRange(DemoPartners.Where(p => !existing.Contains(p.Id)).Select(p => new Partner(p.Id, p.Name, p.Kind, p.Country, p.AssociationId)));

        var demoIds = DemoPartners.Select(p => p.Id).ToList();
        var withAgreement = await db.Agreements.Where(a => demoIds.Contains(a.PartnerId)).Select(a => a.PartnerId).Distinct().ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var partner in DemoPartners.Where(p => !withAgreement.Contains(p.Id)))
        {
            var agreement = PartnerAgreement.Draft(partner.Id, partner.AssociationId!, AgreementKindOf(partner.Kind), $"Partnership with {partner.Name}",
                AgreementCap.Today(time).AddDays(-1), endsOn: null, ScopesOf(partner.Kind), AgreementContact.Protect([], encryptor), SeededBy, now);
            agreement.Activate(SeededBy, now, AgreementCap.Today(time));
            db.Agreements.Add(agreement);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static AgreementKind AgreementKindOf(PartnerKind kind) => kind switch
    {
        PartnerKind.Hospital => AgreementKind.HospitalCare,
        PartnerKind.TransfusionCentre => AgreementKind.TransfusionCentre,
        _ => AgreementKind.PatientOrganisation,
    };

    /// <summary>A hospital refers children and follows its referrals; every partner reads the statistics and calendar and may subscribe to webhooks.</summary>
    private static string[] ScopesOf(PartnerKind kind) =>
        kind == PartnerKind.Hospital ? [.. InformationScopes, PartnerScopes.ReferralsWrite, PartnerScopes.ReferralsRead] : InformationScopes;
}
