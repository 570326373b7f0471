namespace PatientNetwork.Notifications.Sms.Infobip;

/// <summary>The body of <c>POST /sms/2/text/advanced</c>: one message to one destination per call.</summary>
internal sealed record InfobipRequest(IReadOnlyList<InfobipMessage> Messages);

internal sealed record InfobipMessage(IReadOnlyList<InfobipDestination> Destinations, string From, string Text);

internal sealed record InfobipDestination(string To, string MessageId);

internal sealed record InfobipResponse(string? BulkId, IReadOnlyList<InfobipSentMessage>? Messages);

internal sealed record InfobipSentMessage(string? To, string? MessageId, InfobipStatus? Status);

/// <summary>Infobip's status of a message; <see cref="GroupName"/> is PENDING once the platform has taken it.</summary>
internal sealed record InfobipStatus(int GroupId, string? GroupName, string? Name)
{
    /// <summary>Accepted for delivery: pending, or already delivered for a fast network.</summary>
    public static bool IsAccepted(string? groupName) =>
        string.Equals(groupName, "PENDING", StringComparison.OrdinalIgnoreCase) || string.Equals(groupName, "DELIVERED", StringComparison.OrdinalIgnoreCase);
}
