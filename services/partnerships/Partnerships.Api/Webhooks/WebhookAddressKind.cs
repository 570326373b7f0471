namespace PatientNetwork.Partnerships.Webhooks;

public enum WebhookAddressKind
{
    /// <summary>Reachable on the internet: deliveries may go there.</summary>
    Public,

    /// <summary>This machine: only in local runs and tests (<see cref="WebhookOptions.AllowLoopbackHttp"/>).</summary>
    Loopback,

    /// <summary>Private, link-local, multicast, unspecified, reserved or documentation ranges: never.</summary>
    NonPublic,
}
