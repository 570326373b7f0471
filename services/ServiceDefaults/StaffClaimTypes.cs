namespace PatientNetwork.ServiceDefaults;

/// <summary>The claims of a staff token, issued by the gateway and read by every service.</summary>
public static class StaffClaimTypes
{
    public const string Subject = "sub";
    public const string Login = "preferred_username";
    public const string Name = "name";
    public const string Association = "association";
    public const string Branch = "branch";
    public const string Role = "role";
}
