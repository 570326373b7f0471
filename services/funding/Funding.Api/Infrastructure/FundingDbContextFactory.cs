using PatientNetwork.Persistence;

namespace PatientNetwork.Funding.Infrastructure;

internal sealed class FundingDbContextFactory() : DesignTimeDbContextFactory<FundingDbContext>(options => new FundingDbContext(options));
