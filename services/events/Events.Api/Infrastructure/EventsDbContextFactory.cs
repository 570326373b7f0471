using PatientNetwork.Persistence;

namespace PatientNetwork.Events.Infrastructure;

internal sealed class EventsDbContextFactory() : DesignTimeDbContextFactory<EventsDbContext>(options => new EventsDbContext(options));
