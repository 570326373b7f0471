using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Claims;

/// <summary>Who does a step: the staff member's id (four eyes compares these) and login (what people read in the history).</summary>
public sealed record Actor(string StaffId, string Login, bool IsAdmin)
{
    public static Actor Of(StaffMember staff) => new(staff.Id, staff.Login, staff.IsInRole(StaffRoles.Admin));
}
