using Microsoft.Extensions.Options;
using PatientNetwork.Gateway.Staff;
using PatientNetwork.Gateway.TwoFactor;

namespace PatientNetwork.UnitTests.Gateway;

public sealed class StaffAccountTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("admin", true)]
    [InlineData("coordinator", true)]
    [InlineData("doctor", true)]
    [InlineData("volunteer", false)]
    public void Roles_that_see_identifiers_sign_in_with_a_second_factor(string role, bool required) =>
        Assert.Equal(required, StaffAccount.Create("x.hajar", "X", "hajar", null, [role], Now).RequiresTwoFactor);

    [Fact]
    public void An_invited_account_has_no_password_until_it_sets_one()
    {
        var account = StaffAccount.Create("x.hajar", "X", "hajar", null, ["volunteer"], Now);
        Assert.False(account.HasPassword);

        account.SetPasswordHash("hash", Now);

        Assert.True(account.HasPassword);
    }

    [Fact]
    public void Disabling_twice_or_enabling_an_enabled_account_is_refused()
    {
        var account = StaffAccount.Create("x.hajar", "X", "hajar", null, ["volunteer"], Now);
        Assert.Throws<StaffAccountRuleException>(account.Enable);
        account.Disable();
        Assert.Throws<StaffAccountRuleException>(account.Disable);
    }

    [Fact]
    public void An_enrolment_completes_only_after_it_started_and_then_its_step_counts_as_used()
    {
        var account = StaffAccount.Create("x.hajar", "X", "hajar", null, ["doctor"], Now);
        Assert.Throws<StaffAccountRuleException>(() => account.CompleteTwoFactorEnrollment(42));

        account.BeginTwoFactorEnrollment("v1:pending");
        Assert.False(account.TwoFactorEnabled);
        account.CompleteTwoFactorEnrollment(42);

        Assert.True(account.TwoFactorEnabled);
        Assert.Equal(42, account.LastTwoFactorStep);
        Assert.True(TotpCodes.IsReplay(42, account.LastTwoFactorStep));
    }

    [Fact]
    public void A_secret_encrypted_for_one_account_does_not_decrypt_for_another()
    {
        var protector = new TotpSecretProtector(Options.Create(new TwoFactorOptions { SecretEncryptionKey = Convert.ToBase64String(new byte[32]) }));
        var secret = TotpCodes.NewSecret();
        var first = Guid.NewGuid();
        var stored = protector.Protect(first, secret);

        Assert.Equal(secret, protector.Unprotect(first, stored));
        Assert.DoesNotContain(TotpCodes.ToBase32(secret), stored, StringComparison.Ordinal);
        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => protector.Unprotect(Guid.NewGuid(), stored));
    }
}
