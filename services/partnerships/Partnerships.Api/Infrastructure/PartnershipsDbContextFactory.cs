using PatientNetwork.Persistence;

namespace PatientNetwork.Partnerships.Infrastructure;

internal sealed class PartnershipsDbContextFactory() : DesignTimeDbContextFactory<PartnershipsDbContext>(options => new PartnershipsDbContext(options));
