using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PatientNetwork.IntegrationTests.Webhooks;

/// <summary>A POST the receiver got, with a verification of its Standard Webhooks signature written apart from the service's signer.</summary>
public sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, string Body, DateTimeOffset ArrivedAt)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>Whether one of the header's <c>v1,</c> signatures is the HMAC-SHA256 of <c>id.timestamp.body</c> under <paramref name="secret"/>.</summary>
    public bool IsSignedWith(string secret)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{Id}.{Timestamp}.{Body}")));
        return Signature.Split(' ').Any(s => s.StartsWith("v1,", StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s[3..]), Encoding.ASCII.GetBytes(expected)));
    }

    public int SignatureCount => Signature.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
