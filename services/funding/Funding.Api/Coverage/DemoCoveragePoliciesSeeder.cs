using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Persistence;

namespace PatientNetwork.Funding.Coverage;

/// <summary>Hajar covers 80 % of its patients' medicine costs.</summary>
internal sealed class DemoCoveragePoliciesSeeder : IDatabaseSeeder<FundingDbContext>
{
    public async Task SeedAsync(FundingDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.CoveragePolicies.AnyAsync(p => p.AssociationId == "hajar", cancellationToken))
        {
            db.CoveragePolicies.Add(new CoveragePolicy("hajar", 8_000));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
