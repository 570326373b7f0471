namespace PatientNetwork.WebApp.Equipment;

/// <summary>
/// A child's id as the equipment screens print it: its last 8 hex digits. Patient ids are version-7 GUIDs whose first
/// digits are the registration time, so children registered the same minute share them; the last digits are random.
/// </summary>
public static class ChildIds
{
    public static string Printed(Guid patientId) => patientId.ToString("N")[^8..];
}
