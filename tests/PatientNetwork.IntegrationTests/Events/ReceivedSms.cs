namespace PatientNetwork.IntegrationTests.Events;

/// <summary>An SMS the local sink wrote.</summary>
public sealed record ReceivedSms(string To, string Text, string MessageId);
