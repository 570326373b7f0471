using System.Security.Cryptography;
using System.Text;
using PatientNetwork.Partnerships.Webhooks;

namespace PatientNetwork.UnitTests.Webhooks;

public sealed class WebhookSignerTests
{
    // The Standard Webhooks reference implementations' published test vector.
    private const string SpecSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string SpecId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long SpecTimestamp = 1614265330;
    private const string SpecBody = "{\"test\": 2432232314}";

    [Fact]
    public void Signature_reproduces_the_specifications_published_vector()
    {
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSigner.Sign(SpecSecret, SpecId, SpecTimestamp, SpecBody));
    }

    [Fact]
    public void During_a_rotation_the_header_carries_one_signature_per_secret()
    {
        var next = WebhookSigner.NewSecret();

        var header = WebhookSigner.SignatureHeader([SpecSecret, next], SpecId, SpecTimestamp, SpecBody);

        var expectedNext = "v1," + Convert.ToBase64String(HMACSHA256.HashData(
            Convert.FromBase64String(next["whsec_".Length..]), Encoding.UTF8.GetBytes($"{SpecId}.{SpecTimestamp}.{SpecBody}")));
        Assert.Equal($"{WebhookSigner.Sign(SpecSecret, SpecId, SpecTimestamp, SpecBody)} {expectedNext}", header);
    }

    [Fact]
    public void A_new_secret_is_whsec_and_at_least_24_random_bytes()
    {
        var secret = WebhookSigner.NewSecret();

        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.True(Convert.FromBase64String(secret["whsec_".Length..]).Length >= 24);
        Assert.NotEqual(secret, WebhookSigner.NewSecret());
    }
}
