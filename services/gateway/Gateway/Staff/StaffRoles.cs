namespace PatientNetwork.Gateway.Staff;

public static class StaffRoles
{
    public const string Admin = "admin";
    public const string Coordinator = "coordinator";
    public const string Volunteer = "volunteer";
    public const string Doctor = "doctor";
}
