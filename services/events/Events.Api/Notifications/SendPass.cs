namespace PatientNetwork.Events.Notifications;

/// <summary>What one batch of <see cref="NotificationSender"/> did.</summary>
/// <param name="Claimed">Notifications claimed (sent, failed or deferred).</param>
/// <param name="Failed">Of those, the attempts that failed.</param>
public sealed record SendPass(int Claimed, int Failed);
