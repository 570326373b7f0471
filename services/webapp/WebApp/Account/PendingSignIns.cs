using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace PatientNetwork.WebApp.Account;

/// <summary>
/// A sign-in between its steps (password accepted, code or enrolment still to come), carried in the
/// page as an encrypted, time-limited value: the password is never written into the page in clear,
/// and nothing is kept in memory between the requests (any instance of the web app can continue it).
/// </summary>
public sealed class PendingSignIns(IDataProtectionProvider protection)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("PatientNetwork.WebApp.PendingSignIn").ToTimeLimitedDataProtector();

    public string Protect(PendingSignIn pending) => protector.Protect(JsonSerializer.Serialize(pending), Lifetime);

    public PendingSignIn? Unprotect(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<PendingSignIn>(protector.Unprotect(value));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}

/// <summary>What a later step of the sign-in needs: the login and password, or the gateway's enrolment token.</summary>
public sealed record PendingSignIn(string Login, string? Password, string? EnrollmentToken);
