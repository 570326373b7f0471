namespace PatientNetwork.Notifications.Sms;

/// <summary>
/// The adapter to an SMS provider: hands one message over, throws when the provider did not take it so the caller
/// retries later. Local runs and tests use <see cref="LocalSmsSink"/>; production registers the provider's adapter.
/// </summary>
public interface ISmsSender
{
    Task SendAsync(OutgoingSms sms, CancellationToken cancellationToken);
}
