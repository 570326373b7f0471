using PatientNetwork.Gateway.Infrastructure;
using PatientNetwork.Gateway.RateLimiting;
using PatientNetwork.Gateway.Staff;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.Audit;

/// <summary>Adds audit rows to the current unit of work, so each commits with the change it records.</summary>
public sealed class StaffAuditTrail(GatewayDbContext db, TimeProvider time, IHttpContextAccessor http)
{
    /// <summary>Something done to or by an account, by the account itself (sign-in, own password…).</summary>
    public void BySelf(StaffAccount account, string action, string? reason = null) =>
        Add(account.AssociationId, action, account.Id, account.Login, account.Id, account.Login, reason);

    /// <summary>Something an admin did to an account.</summary>
    public void ByAdmin(StaffMember admin, StaffAccount account, string action, string? reason = null) =>
        Add(account.AssociationId, action, Guid.TryParse(admin.Id, out var id) ? id : null, admin.Login, account.Id, account.Login, reason);

    /// <summary>A refused sign-in or code: for a known account it is the association's to see; for an unknown login nobody's.</summary>
    public void Refused(StaffAccount? account, string login, string action, string reason) =>
        Add(account?.AssociationId, action, null, null, account?.Id, account?.Login ?? Truncate(login), reason);

    private void Add(string? associationId, string action, Guid? actorId, string? actorLogin, Guid? accountId, string accountLogin, string? reason) =>
        db.StaffAudit.Add(StaffAuditEntry.Create(
            time.GetUtcNow(), associationId, action, actorId, actorLogin, accountId, accountLogin, reason,
            http.HttpContext is { } context ? ClientAddress.Of(context) : ClientAddress.Unknown));

    private static string Truncate(string login) => login.Length <= 100 ? login : login[..100];
}
