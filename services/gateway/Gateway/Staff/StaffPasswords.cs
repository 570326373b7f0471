using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace PatientNetwork.Gateway.Staff;

/// <summary>
/// Checks a sign-in's password at the same cost whether or not the login exists: for an unknown
/// login it verifies against a hash made with the same hasher, so the time of a refusal does not
/// tell an attacker which logins are real.
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
    public bool Accept([NotNullWhen(true)] StaffAccount? account, string password)
    {
        var matches = hasher.VerifyHashedPassword(account ?? nobody, account?.PasswordHash ?? nobodysHash, password) != PasswordVerificationResult.Failed;
        return matches && account is { Disabled: false };
    }
}
