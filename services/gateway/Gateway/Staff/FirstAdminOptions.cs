namespace PatientNetwork.Gateway.Staff;

/// <summary>
/// The first admin of each association when there are no demo accounts (<c>--no-demo-data</c>): an invited
/// account whose one-time invitation code the app host generated and printed. Given only on a run that
/// should (re)issue the codes; an admin who has set a password is left alone.
/// </summary>
public sealed class FirstAdminOptions
{
    public const string Section = "FirstAdmins";

    public List<FirstAdmin> Admins { get; set; } = [];
}
