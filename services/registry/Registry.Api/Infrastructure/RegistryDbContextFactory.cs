using PatientNetwork.Persistence;

namespace PatientNetwork.Registry.Infrastructure;

internal sealed class RegistryDbContextFactory() : DesignTimeDbContextFactory<RegistryDbContext>(options => new RegistryDbContext(options));
