namespace PatientNetwork.Notifications.Sms;

/// <summary>One text message to one phone number (E.164 or as the person gave it).</summary>
/// <param name="To">The recipient's phone number.</param>
/// <param name="Text">The message, in the person's language.</param>
/// <param name="MessageId">Stable for one notification, so a provider's de-duplication (or the sink's file name) recognises a retry.</param>
public sealed record OutgoingSms(string To, string Text, string MessageId);
