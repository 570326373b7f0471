namespace PatientNetwork.IntegrationTests.Webhooks;

/// <summary>Secrets no subscription has, so a verification that accepts anything fails the test.</summary>
public static class WebhookSignerSecrets
{
    public static readonly string Unrelated = "whsec_" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
}
