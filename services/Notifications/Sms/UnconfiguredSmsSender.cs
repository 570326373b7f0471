namespace PatientNetwork.Notifications.Sms;

/// <summary>
/// Stands in while no SMS provider is configured: every send fails, so messages stay queued (and are retried) rather
/// than being dropped, and go out once a provider's adapter is configured.
/// </summary>
public sealed class UnconfiguredSmsSender : ISmsSender
{
    public Task SendAsync(OutgoingSms sms, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"No SMS provider is configured ({SmsOptions.Section}:SinkDirectory for local runs, or a provider's adapter).");
}
