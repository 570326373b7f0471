using System.Diagnostics;

namespace PatientNetwork.Messaging;

internal static class MessagingTelemetry
{
    /// <summary>Same name as ServiceDefaults' traced source, so relay spans are exported with everything else.</summary>
    public static readonly ActivitySource Source = new("PatientNetwork");
}
