using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Gateway.Infrastructure;
using PatientNetwork.Persistence;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.Staff;

/// <summary>
/// Demo staff for local runs and tests. The logins are fixed; the password is whatever the app
/// host generated and passed as <c>DemoData:StaffPassword</c>, so no password ships in the repository.
/// </summary>
internal sealed class DemoStaffSeeder(IConfiguration configuration, IPasswordHasher<StaffAccount> hasher, TimeProvider time) : IDatabaseSeeder<GatewayDbContext>
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
    ];

    public async Task SeedAsync(GatewayDbContext db, CancellationToken cancellationToken)
    {
        var password = configuration["DemoData:StaffPassword"];
        if (string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException("DemoData:Enabled is set but DemoData:StaffPassword is empty; the app host generates one for local runs.");
        }

        var existing = await db.StaffAccounts.Select(s => s.Login).ToListAsync(cancellationToken);
        foreach (var demo in DemoStaff.Where(d => !existing.Contains(d.Login)))
        {
            var account = StaffAccount.Create(demo.Login, demo.Name, demo.Association, demo.Branch, demo.Roles, time.GetUtcNow());
            account.SetPasswordHash(hasher.HashPassword(account, password));
            db.StaffAccounts.Add(account);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
