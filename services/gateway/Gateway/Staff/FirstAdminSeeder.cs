using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PatientNetwork.Gateway.Auth;
using PatientNetwork.Gateway.Codes;
using PatientNetwork.Gateway.Infrastructure;
using PatientNetwork.Persistence;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.Staff;

/// <summary>
/// Creates each association's first admin, invited with the code the app host printed. An admin still
/// without a password gets the new code (the earlier one stops working); one who set a password is not touched.
/// </summary>
internal sealed class FirstAdminSeeder(IOptions<FirstAdminOptions> options, IOptions<AccountOptions> accountOptions, TimeProvider time) : IDatabaseSeeder<GatewayDbContext>
{
    public async Task SeedAsync(GatewayDbContext db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var first in options.Value.Admins.Where(a => !string.IsNullOrWhiteSpace(a.InvitationCode)))
        {
            var login = StaffAccount.NormalizeLogin(first.Login);
            var account = await db.StaffAccounts.FirstOrDefaultAsync(a => a.Login == login, cancellationToken);
            if (account is { HasPassword: true })
            {
                continue;
            }

            if (account is null)
            {
                account = StaffAccount.Create(login, first.DisplayName, first.AssociationId, null, [StaffRoles.Admin, StaffRoles.Coordinator], now);
                db.StaffAccounts.Add(account);
            }

            await db.OneTimeCodes.Where(c => c.AccountId == account.Id && c.Purpose == OneTimeCodePurpose.Invitation && c.UsedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.UsedAt, now), cancellationToken);
            db.OneTimeCodes.Add(OneTimeCode.Create(account.Id, OneTimeCodePurpose.Invitation, first.InvitationCode, now, accountOptions.Value.InvitationLifetime));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
