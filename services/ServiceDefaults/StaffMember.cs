using System.Security.Claims;

namespace PatientNetwork.ServiceDefaults;

/// <summary>The authenticated staff member behind a request: the tenant every query is scoped to.</summary>
public sealed record StaffMember(string Id, string Login, string AssociationId, string? BranchId, IReadOnlySet<string> Roles)
{
    public bool IsInRole(string role) => Roles.Contains(role);

    /// <summary>Whether the caller is in one of <see cref="StaffRoles.SeeingIdentifiers"/>.</summary>
    public bool SeesIdentifiers => StaffRoles.SeeingIdentifiers.Any(IsInRole);

    public static StaffMember From(ClaimsPrincipal user)
    {
        var association = user.FindFirstValue(StaffClaimTypes.Association);
        if (string.IsNullOrEmpty(association))
        {
            throw new InvalidOperationException("A staff token without an association reached an endpoint; the token is not a staff token.");
        }

        return new StaffMember(
            user.FindFirstValue(StaffClaimTypes.Subject) ?? "",
            user.FindFirstValue(StaffClaimTypes.Login) ?? "",
            association,
            user.FindFirstValue(StaffClaimTypes.Branch),
            user.FindAll(StaffClaimTypes.Role).Select(claim => claim.Value).ToHashSet(StringComparer.Ordinal));
    }
}
