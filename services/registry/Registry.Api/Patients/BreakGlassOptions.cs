namespace PatientNetwork.Registry.Patients;

public sealed class BreakGlassOptions
{
    public const string Section = "BreakGlass";

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);
}
