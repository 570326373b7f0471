using System.Security.Cryptography;
using System.Text;

namespace PatientNetwork.Partnerships.Webhooks;

/// <summary>
/// Signs deliveries exactly as the Standard Webhooks specification says, so a partner's existing
/// Standard Webhooks or Svix library verifies them: HMAC-SHA256 over <c>{webhook-id}.{webhook-timestamp}.{body}</c>
/// keyed with the base64-decoded part of the secret after <c>whsec_</c>, sent as <c>v1,&lt;base64&gt;</c>.
/// </summary>
public static class WebhookSigner
{
    public const string SecretPrefix = "whsec_";

    // 24 random bytes is the specification's minimum; 32 matches the HMAC-SHA256 block strength.
    private const int SecretBytes = 32;

    /// <summary>A new signing secret, <c>whsec_</c> and the base64 of random bytes.</summary>
    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(SecretBytes));

    /// <summary>One <c>v1,&lt;base64&gt;</c> signature of the delivery under <paramref name="secret"/>.</summary>
    public static string Sign(string secret, string webhookId, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret.StartsWith(SecretPrefix, StringComparison.Ordinal) ? secret[SecretPrefix.Length..] : secret);
        var content = Encoding.UTF8.GetBytes($"{webhookId}.{timestamp}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }

    /// <summary>The <c>webhook-signature</c> header: one signature per live secret, space-separated, during a rotation's overlap.</summary>
    public static string SignatureHeader(IEnumerable<string> secrets, string webhookId, long timestamp, string body) =>
        string.Join(' ', secrets.Select(secret => Sign(secret, webhookId, timestamp, body)));
}
