using PatientNetwork.Persistence;

namespace PatientNetwork.Gateway.Infrastructure;

internal sealed class GatewayDbContextFactory() : DesignTimeDbContextFactory<GatewayDbContext>(options => new GatewayDbContext(options));
