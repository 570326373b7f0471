using Microsoft.EntityFrameworkCore;
using PatientNetwork.Gateway.Infrastructure;
using PatientNetwork.Gateway.TwoFactor;
using PatientNetwork.Persistence;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.Staff;

/// <summary>
/// Demo staff for local runs and tests. The logins are fixed; the password is whatever the app
/// host generated and passed as <c>DemoData:StaffPassword</c>, and the accounts whose roles sign in
/// with a second factor are enrolled with the TOTP secret it passed as <c>DemoData:TwoFactorSecret</c>
/// (base32), so no credential ships in the repository.
/// </summary>
internal sealed class DemoStaffSeeder(IConfiguration configuration, StaffPasswords passwords, TotpSecretProtector secrets, TimeProvider time) : IDatabaseSeeder<GatewayDbContext>
{
    public static readonly IReadOnlyList<(string Login, string Name, string Association, string? Branch, string[] Roles)> DemoStaff =
    [
        ("hajar.admin", "Hajar administrator", "hajar", null, [StaffRoles.Admin, StaffRoles.Coordinator]),
        ("hajar.coordinator", "Hajar coordinator", "hajar", null, [StaffRoles.Coordinator]),
        ("hajar.volunteer", "Hajar volunteer", "hajar", null, [StaffRoles.Volunteer]),
        ("hajar.doctor", "Hajar doctor", "hajar", null, [StaffRoles.Doctor]),
        ("amal.admin", "AMAL administrator", "amal", null, [StaffRoles.Admin, StaffRoles.Coordinator]),
        ("amal.casablanca", "AMAL Casablanca-Settat coordinator", "amal", "casablanca-settat", [StaffRoles.Coordinator]),
        ("amal.marrakech", "AMAL Marrakech-Safi coordinator", "amal", "marrakech-safi", [StaffRoles.Coordinator]),
        ("amal.driver", "AMAL Casablanca-Settat driver", "amal", "casablanca-settat", [StaffRoles.Driver]),
        ("amal.driver2", "AMAL Casablanca-Settat second driver", "amal", "casablanca-settat", [StaffRoles.Driver]),
        ("amal.volunteer", "AMAL Casablanca-Settat volunteer", "amal", "casablanca-settat", [StaffRoles.Volunteer]),
    ];

    public async Task SeedAsync(GatewayDbContext db, CancellationToken cancellationToken)
    {
        var password = configuration["DemoData:StaffPassword"];
        var twoFactorSecret = configuration["DemoData:TwoFactorSecret"];
        if (string.IsNullOrWhiteSpace(password) || string.IsNullOrWhiteSpace(twoFactorSecret))
        {
            throw new InvalidOperationException("DemoData:Enabled is set but DemoData:StaffPassword or DemoData:TwoFactorSecret is empty; the app host generates both for local runs.");
        }

        var secret = TotpCodes.FromBase32(twoFactorSecret);
        var logins = DemoStaff.Select(d => d.Login).ToList();
        var existing = await db.StaffAccounts.Where(s => logins.Contains(s.Login)).ToListAsync(cancellationToken);
        foreach (var demo in DemoStaff.Where(d => existing.All(e => e.Login != d.Login)))
        {
            var account = StaffAccount.Create(demo.Login, demo.Name, demo.Association, demo.Branch, demo.Roles, time.GetUtcNow());
            account.SetPasswordHash(passwords.Hash(account, password), time.GetUtcNow());
            db.StaffAccounts.Add(account);
            existing.Add(account);
        }

        // Data folders made before two-factor sign-in get their demo accounts enrolled too.
        foreach (var account in existing.Where(a => a.RequiresTwoFactor && !a.TwoFactorEnabled))
        {
            account.EnrollTwoFactor(secrets.Protect(account.Id, secret));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
