namespace PatientNetwork.Events.Notifications;

/// <summary>The reminder pass just run: how many registrations are reminded, and when the pass was recorded.</summary>
public sealed record ReminderPassResponse(Guid EventId, int Reminded, DateTimeOffset QueuedAt);
