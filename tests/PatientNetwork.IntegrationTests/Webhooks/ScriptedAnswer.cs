namespace PatientNetwork.IntegrationTests.Webhooks;

/// <summary>What the test's receiver answers one delivery: a status, maybe with Retry-After, maybe after hanging.</summary>
public sealed record ScriptedAnswer(int Status, int? RetryAfterSeconds = null, TimeSpan? Hang = null);
