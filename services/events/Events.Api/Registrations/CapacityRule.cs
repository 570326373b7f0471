namespace PatientNetwork.Events.Registrations;

/// <summary>
/// The one decision of what holds a place: a registered party, a party offered a freed place (until it
/// accepts or the offer expires), a party that came, and one that did not come (its place was kept for it).
/// Waitlisted and cancelled parties hold none. Every count of places (registering, offering, reports) goes
/// through <see cref="CountsTowardCapacity"/> or <see cref="Counting"/>, which is made from it.
/// </summary>
public static class CapacityRule
{
    public static readonly RegistrationStatus[] Counting = Enum.GetValues<RegistrationStatus>().Where(CountsTowardCapacity).ToArray();

    public static bool CountsTowardCapacity(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Registered or RegistrationStatus.Offered or RegistrationStatus.Attended or RegistrationStatus.NoShow => true,
        RegistrationStatus.Waitlisted or RegistrationStatus.Cancelled => false,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "A status nobody decided about."),
    };
}
