using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PatientNetwork.Messaging;

internal static class MessagingTelemetry
{
    /// <summary>Same name as ServiceDefaults' traced source and meter, so relay spans and metrics are exported with everything else.</summary>
    public const string Name = "PatientNetwork";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Alert on any increase: a parked row is an event no consumer received.</summary>
    public static readonly Counter<long> ParkedOutboxMessages = Meter.CreateCounter<long>(
        "patientnetwork.outbox.parked", "{message}", "Outbox messages given up on because they could not be read as an event");

    public static readonly Counter<long> PrunedMessages = Meter.CreateCounter<long>(
        "patientnetwork.messaging.pruned", "{message}", "Sent outbox rows and old inbox rows deleted after their retention");
}
