using Microsoft.EntityFrameworkCore;
using PatientNetwork.Gateway.Staff;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.Accounts;

/// <summary>The filters of the account list, applied to one association's accounts.</summary>
public static class StaffAccountQuery
{
    public static readonly IReadOnlyCollection<string> SortableFields = ["login", "displayName", "lastSignInAt", "createdAt"];

    public static IQueryable<StaffAccount> Filter(IQueryable<StaffAccount> accounts, string associationId, string? search, string? role, bool? disabled)
    {
        accounts = accounts.Where(a => a.AssociationId == associationId);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            accounts = accounts.Where(a => EF.Functions.ILike(a.Login, pattern) || EF.Functions.ILike(a.DisplayName, pattern));
        }

        if (!string.IsNullOrWhiteSpace(role))
        {
            accounts = accounts.Where(a => a.Roles.Contains(role));
        }

        if (disabled is { } isDisabled)
        {
            accounts = accounts.Where(a => a.Disabled == isDisabled);
        }

        return accounts;
    }

    public static IQueryable<StaffAccount> Sort(IQueryable<StaffAccount> accounts, PageQuery paging) => (paging.SortField, paging.Descending) switch
    {
        ("displayName", false) => accounts.OrderBy(a => a.DisplayName).ThenBy(a => a.Id),
        ("displayName", true) => accounts.OrderByDescending(a => a.DisplayName).ThenBy(a => a.Id),
        ("lastSignInAt", false) => accounts.OrderBy(a => a.LastSignInAt).ThenBy(a => a.Id),
        ("lastSignInAt", true) => accounts.OrderByDescending(a => a.LastSignInAt).ThenBy(a => a.Id),
        ("createdAt", false) => accounts.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id),
        ("createdAt", true) => accounts.OrderByDescending(a => a.CreatedAt).ThenBy(a => a.Id),
        (_, true) => accounts.OrderByDescending(a => a.Login),
        _ => accounts.OrderBy(a => a.Login),
    };
}
