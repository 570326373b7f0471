namespace PatientNetwork.Notifications.Sms;

/// <summary>The provider did not take the message; its text names the status, never the number or the text.</summary>
public sealed class SmsProviderRefusedException : Exception
{
    public SmsProviderRefusedException()
    {
    }

    public SmsProviderRefusedException(string message) : base(message)
    {
    }

    public SmsProviderRefusedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
