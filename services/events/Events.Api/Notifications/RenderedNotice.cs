namespace PatientNetwork.Events.Notifications;

/// <summary>A notice with its placeholders filled: what the registrant reads.</summary>
/// <param name="Subject">The email's subject.</param>
/// <param name="Body">The email's body.</param>
/// <param name="Sms">The text message.</param>
public sealed record RenderedNotice(string Subject, string Body, string Sms);
