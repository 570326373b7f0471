namespace PatientNetwork.IntegrationTests.Events;

/// <summary>A mail the local SMTP server stored.</summary>
public sealed record ReceivedMail(string To, string Subject, string Body, string MessageId, string? Language);
