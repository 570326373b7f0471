namespace PatientNetwork.Events.Notifications;

/// <summary>How a notification reaches its registrant: one row per channel the registrant gave (email, phone or both).</summary>
public enum NotificationChannel
{
    Email,
    Sms,
}
