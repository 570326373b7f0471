using Microsoft.AspNetCore.Http;

namespace PatientNetwork.ServiceDefaults;

public static partial class Extensions
{
    /// <summary>The staff member of the current request (endpoints require authentication by default).</summary>
    public static StaffMember Staff(this HttpContext context) => StaffMember.From(context.User);
}
