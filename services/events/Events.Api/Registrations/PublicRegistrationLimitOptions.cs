namespace PatientNetwork.Events.Registrations;

public sealed class PublicRegistrationLimitOptions
{
    public const string Section = "PublicRegistrations";

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Registrations one client may send per window: a family registering several events, not a script.</summary>
    public int PerClientPerWindow { get; set; } = 10;
}
