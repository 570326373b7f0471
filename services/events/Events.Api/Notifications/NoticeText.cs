namespace PatientNetwork.Events.Notifications;

/// <summary>One notice's texts in one language, with placeholders in braces ({name}, {title}, {when}, {place}, {code}, {expires}).</summary>
/// <param name="Subject">The email's subject.</param>
/// <param name="Body">The email's plain-text body.</param>
/// <param name="Sms">The text message: short, same facts.</param>
public sealed record NoticeText(string Subject, string Body, string Sms);
