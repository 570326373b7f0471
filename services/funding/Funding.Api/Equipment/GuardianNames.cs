using PatientNetwork.Protection;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Equipment;

/// <summary>
/// The guardian who acknowledged receiving equipment is personal data: stored encrypted with Funding's key, shown
/// only to admins and coordinators (never to volunteers), never logged.
/// </summary>
public sealed class GuardianNames(FieldEncryptor encryptor)
{
    private const string Purpose = "equipment-guardian-name";

    public static bool SeesGuardians(StaffMember staff) => staff.IsInRole(StaffRoles.Admin) || staff.IsInRole(StaffRoles.Coordinator);

    public string Protect(string name) => encryptor.Encrypt(name.Trim(), Purpose);

    public string? RevealTo(StaffMember staff, string ciphertext) => SeesGuardians(staff) ? encryptor.Decrypt(ciphertext, Purpose) : null;
}
