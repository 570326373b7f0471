namespace PatientNetwork.ServiceDefaults;

/// <summary>Roles a staff token can carry. Volunteers help families but never see direct identifiers.</summary>
public static class StaffRoles
{
    public const string Admin = "admin";
    public const string Coordinator = "coordinator";
    public const string Volunteer = "volunteer";
    public const string Doctor = "doctor";

    /// <summary>Drives blood-drive donors; sees only the manifests of their own runs.</summary>
    public const string Driver = "driver";

    /// <summary>The roles that see direct identifiers, and keys derived from them such as a family id: never volunteers or drivers.</summary>
    public static readonly IReadOnlyList<string> SeeingIdentifiers = [Admin, Coordinator, Doctor];
}
