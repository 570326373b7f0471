using PatientNetwork.Partnerships.Credentials;

namespace PatientNetwork.UnitTests.Partnerships;

public sealed class PartnerCredentialTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_credential_is_live_until_it_expires_or_is_revoked()
    {
        var credential = PartnerCredential.Issue("partner", "pnc_1", "main", ["statistics.read", "calendar.read", "statistics.read"], At.AddDays(1), "hajar.admin", At);

        Assert.True(credential.IsLiveAt(At.AddHours(23)));
        Assert.False(credential.IsLiveAt(At.AddDays(1)));
        Assert.Equal(["calendar.read", "statistics.read"], credential.Scopes);

        Assert.True(credential.Revoke("hajar.admin", At.AddHours(1)));
        Assert.False(credential.IsLiveAt(At.AddHours(2)));
        Assert.False(credential.Revoke("amal.admin", At.AddHours(3)));
        Assert.Equal("hajar.admin", credential.RevokedBy);
    }
}
