using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using PatientNetwork.Gateway.Audit;

namespace PatientNetwork.Gateway.Staff;

/// <summary>
/// Checks a sign-in's password at the same cost whether or not the login exists: for an unknown
/// login, or an invited account without a password yet, it verifies against a hash made with the same
/// hasher, so the time of a refusal does not tell an attacker which logins are real.
/// </summary>
public sealed class StaffPasswords
{
    private readonly IPasswordHasher<StaffAccount> hasher;
    private readonly StaffAccount nobody = StaffAccount.Create("nobody", "", "", null, [], DateTimeOffset.UnixEpoch);
    private readonly string nobodysHash;

    public StaffPasswords(IPasswordHasher<StaffAccount> hasher)
    {
        this.hasher = hasher;
        nobodysHash = hasher.HashPassword(nobody, RandomNumberGenerator.GetHexString(32));
    }

    /// <summary>Whether the account exists, is enabled and has this password; a disabled account is checked all the same.</summary>
    public bool Accept([NotNullWhen(true)] StaffAccount? account, string password) => Refusal(account, password) is null;

    /// <summary>Null when the password is right for an enabled account, otherwise the audit's category of the refusal.</summary>
    public string? Refusal(StaffAccount? account, string password)
    {
        var checkedAgainst = account is { HasPassword: true } ? account : nobody;
        var matches = hasher.VerifyHashedPassword(checkedAgainst, account is { HasPassword: true } ? account.PasswordHash : nobodysHash, password) != PasswordVerificationResult.Failed;
        return account switch
        {
            null => StaffAuditReasons.UnknownLogin,
            { HasPassword: false } => StaffAuditReasons.NoPasswordYet,
            _ when !matches => StaffAuditReasons.WrongPassword,
            { Disabled: true } => StaffAuditReasons.Disabled,
            _ => null,
        };
    }

    public string Hash(StaffAccount account, string password) => hasher.HashPassword(account, password);
}
